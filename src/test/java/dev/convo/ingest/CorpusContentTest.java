package dev.convo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Favourite;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the extracted corpus must say about the interview, checked against the raw source. */
class CorpusContentTest {
  private final Corpus corpus = BundledCorpus.get();

  private List<String> allText() {
    List<String> text = new ArrayList<>();
    text.add(corpus.metadata().title());
    text.addAll(corpus.metadata().preface().paragraphs());
    corpus.metadata().preface().favourites().forEach(f -> text.add(f.text()));
    for (Section section : corpus.sections()) {
      text.add(section.title());
      text.add(section.titleEn());
      section.turns().forEach(t -> text.addAll(t.paragraphs()));
    }
    corpus.quotes().forEach(q -> text.add(q.text()));
    return text;
  }

  @Test
  void noTextCarriesMarkdownEscapesImagesOrFooter() {
    assertThat(allText()).isNotEmpty().allSatisfy(text -> assertThat(text)
        .doesNotContain("**", "\\", "](", "![", "_", "END", "扫码或点击", "mmbiz", "\n")
        .doesNotStartWith(" ").doesNotEndWith(" "));
  }

  @Test
  void theOnlyAsterisksLeftAreTheLiteralOnesOfQStar() {
    for (String text : allText()) {
      assertThat(text.replace("Q*", "")).as(text).doesNotContain("*");
    }
    long qStars = corpus.turns().stream().mapToLong(t -> t.text().split("Q\\*", -1).length - 1).sum();
    long inSource = SourceFiles.sourceLines().stream()
        .mapToLong(l -> l.split("Q ?[*_]", -1).length - 1).sum();
    assertThat(qStars).as("Q* in turns; the source also has one in the heading").isEqualTo(inSource - 1);
  }

  @Test
  void sectionsAreTheTwelveNumberedOnesWithTheSubSectionAfterTheFirst() {
    assertThat(corpus.sections()).extracting(Section::id)
        .containsExactly("1", "1a", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    assertThat(corpus.sections()).extracting(Section::number)
        .containsExactly(1, null, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(corpus.section("6").orElseThrow().title()).isEqualTo("关于 Q*");
    assertThat(corpus.section("8").orElseThrow().title()).isEqualTo("关于7万亿美元的计算能力");
    assertThat(corpus.sections()).extracting(Section::slug).doesNotHaveDuplicates()
        .allSatisfy(slug -> assertThat(slug).matches("[a-z0-9-]+"));
  }

  @Test
  void everyBoldPassageInsideATurnIsAKeyQuote() {
    Pattern bold = Pattern.compile("\\*\\*([^*]+?)\\*\\*");
    List<String> expected = new ArrayList<>();
    String source = String.join(" ", SourceFiles.sourceLines().subList(34, 1088));
    Matcher m = bold.matcher(source.replaceAll("\\*\\*(Lex Fridman|Sam Altman)\\s*[：:]?\\s*\\*\\*", ""));
    while (m.find()) {
      String passage = m.group(1).strip();
      if (!passage.matches("\\d+\\\\?\\..*|关于 .*|关于 Q")) {
        expected.add(passage.replace(" 9:46", "9:46").replaceAll("\\s+", ""));
      }
    }
    assertThat(corpus.quotes().stream().filter(Quote::emphasised)
        .map(q -> q.text().replaceAll("\\s+", "")).collect(Collectors.toList()))
        .containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(9);
  }

  @Test
  void quoteSpansPointAtTheirTextInsideTheirTurn() {
    for (Quote quote : corpus.quotes()) {
      Turn turn = corpus.turn(quote.turn()).orElseThrow();
      String paragraph = turn.paragraphs().get(quote.paragraph());
      assertThat(paragraph.substring(paragraph.offsetByCodePoints(0, quote.start()),
          paragraph.offsetByCodePoints(0, quote.end()))).isEqualTo(quote.text());
      assertThat(quote.speaker()).isEqualTo(turn.speaker());
    }
  }

  @Test
  void theEditorsSevenFavouritesAreLinkedOnceEachInRankOrder() {
    List<Favourite> favourites = corpus.metadata().preface().favourites();
    assertThat(favourites).extracting(Favourite::rank).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(favourites).extracting(Favourite::quote).doesNotHaveDuplicates();
    for (Favourite favourite : favourites) {
      Quote quote = corpus.quote(favourite.quote()).orElseThrow();
      assertThat(quote.editorRank()).isEqualTo(favourite.rank());
      assertThat(quote.editorText()).isEqualTo(favourite.text());
      assertThat(FavouriteMatcher.similarity(favourite.text(), quote.text()))
          .isGreaterThanOrEqualTo(FavouriteMatcher.THRESHOLD);
    }
    assertThat(corpus.quotes()).filteredOn(q -> q.editorRank() != null).hasSize(7);
    assertThat(corpus.quote(favourites.get(0).quote()).orElseThrow().text())
        .isEqualTo("我认为计算能力将成为未来的货币，我认为它可能成为世界上最珍贵的商品");
  }

  @Test
  void noPassageIsQuotedTwice() {
    assertThat(corpus.quotes()).extracting(q -> q.turn() + "/" + q.paragraph() + "/" + q.start())
        .doesNotHaveDuplicates();
  }

  @Test
  void provenanceIsRecorded() {
    var source = corpus.metadata().source();
    assertThat(corpus.metadata().title()).isEqualTo(SourceFiles.line(1).substring(2));
    assertThat(source.author()).isEqualTo("投资实习所");
    assertThat(source.published()).isEqualTo("2024-03-19 12:19");
    assertThat(source.place()).isEqualTo("河北");
    assertThat(source.url()).isEqualTo(SourceFiles.line(6).substring("原文链接: ".length()));
    assertThat(source.transcriptUrl()).isEqualTo("https://lexfridman.com/sam-altman-2-transcript/");
    assertThat(source.file()).isEqualTo(SourceFiles.SOURCE.getFileName().toString());
    assertThat(corpus.metadata().language()).isEqualTo("zh-Hans");
    assertThat(corpus.speakers()).extracting(s -> s.id() + "=" + s.name() + "/" + s.label())
        .containsExactly("lex=Lex Fridman/Lex", "sam=Sam Altman/Sam");
  }

  @Test
  void prefaceIsMetadataNotDialogue() {
    assertThat(corpus.metadata().preface().paragraphs()).hasSize(3)
        .first().asString().startsWith("在 Lex Fridman 与 Sam Altman 的最新对话中");
    assertThat(corpus.turns().get(0).text()).startsWith("请讲讲从 11 月 16 日星期四");
    assertThat(corpus.turns().get(corpus.turns().size() - 1).text()).endsWith("再次与你交谈真是我的荣幸和快乐。");
  }

  @Test
  void topicsCoverEverySectionAndGpt5CoversBothGpt5Sections() {
    for (Section section : corpus.sections()) {
      assertThat(corpus.topics()).as(section.id())
          .anySatisfy(t -> assertThat(t.sections()).contains(section.id()));
    }
    Topic gpt5 = corpus.topics().stream().filter(t -> t.slug().equals("gpt-5")).findFirst().orElseThrow();
    List<String> gpt5Sections = corpus.sections().stream()
        .filter(s -> s.title().contains("GPT-5")).map(Section::id).collect(Collectors.toList());
    assertThat(gpt5.sections()).containsExactlyElementsOf(gpt5Sections).containsExactly("7", "10");
    assertThat(corpus.topics()).extracting(Topic::slug)
        .contains("board", "ilya", "musk", "sora", "agi", "q-star", "compute", "energy", "safety",
            "open-source", "memory", "business", "robots", "programming");
  }

  @Test
  void everyTopicKeywordOccursInTheDialogue() {
    String all = corpus.turns().stream().map(Turn::text).collect(Collectors.joining("\n"));
    for (Topic topic : corpus.topics()) {
      for (String keyword : topic.keywords()) {
        assertThat(all).as(topic.slug()).contains(keyword);
      }
    }
  }
}
