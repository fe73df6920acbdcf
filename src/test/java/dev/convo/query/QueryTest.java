package dev.convo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Turn;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QueryTest {
  private final Corpus corpus = BundledCorpus.get();

  @Test
  void topicsResolveByEveryName() {
    Topics topics = new Topics(corpus);
    assertThat(topics.find("ＧＰＴ－５")).get().extracting(t -> t.slug()).isEqualTo("gpt-5");
    assertThat(topics.find("马斯克")).get().extracting(t -> t.slug()).isEqualTo("musk");
    assertThat(topics.find("Memory and privacy")).get().extracting(t -> t.slug()).isEqualTo("memory");
    assertThat(topics.find("sora")).get().extracting(t -> t.slug()).isEqualTo("sora");
    assertThat(topics.find("")).isEmpty();
  }

  @Test
  void suggestionsAreNearestFirst() {
    Topics topics = new Topics(corpus);
    assertThat(topics.suggestions("gtp5")).containsExactly("gpt-5");
    assertThat(topics.suggestions("gpt")).startsWith("gpt-4", "gpt-5");
    assertThat(topics.suggestions("alein")).containsExactly("aliens");
    assertThat(topics.suggestions("fusio")).containsExactly("energy");
    assertThat(topics.suggestions("qwertyuiop")).isEmpty();
  }

  @Test
  void topicViewsHoldSectionsAndMentionsInReadingOrder() {
    Topics topics = new Topics(corpus);
    TopicView ilya = topics.view(topics.find("ilya").orElseThrow());
    assertThat(ilya.sectionTurns()).hasSize(28).allMatch(t -> t.section().equals("1a"));
    assertThat(ilya.mentions()).extracting(Turn::id).containsExactly("2:13", "7:8");
    assertThat(ilya.turns()).isSortedAccordingTo(java.util.Comparator.comparingInt(Turn::seq));
    assertThat(ilya.quotes()).extracting(Quote::id).contains("q5")
        .allMatch(id -> corpus.quote(id).orElseThrow().topics().contains("ilya"));
    assertThat(ilya.quotes()).extracting(Quote::turn).isSortedAccordingTo(
        java.util.Comparator.comparingInt(id -> corpus.turn(id).orElseThrow().seq()));
  }

  @Test
  void keywordTopicsKeepOnlyQuotesWhoseParagraphMentionsAKeyword() {
    List<dev.convo.corpus.Topic> withoutLists = corpus.topics().stream()
        .map(t -> new dev.convo.corpus.Topic(t.slug(), t.title(), t.titleZh(), t.aliases(), t.sections(),
            t.keywords(), List.of(), t.names()))
        .toList();
    Topics topics = new Topics(new Corpus(corpus.metadata(), corpus.sections(),
        corpus.quotes().stream().filter(Quote::editorsChoice).toList(), withoutLists));
    TopicView energy = topics.view(topics.find("energy").orElseThrow());
    assertThat(energy.mentions()).extracting(Turn::id).contains("8:8");
    assertThat(energy.quotes()).extracting(Quote::id).containsExactly("q8");
  }

  @Test
  void refsResolveEveryForm() throws QueryException {
    Refs refs = new Refs(corpus);
    assertThat(refs.resolve("7")).hasSize(20);
    assertThat(refs.resolve("1A")).hasSize(28);
    assertThat(refs.resolve("7:3")).extracting(Turn::id).containsExactly("7:3");
    assertThat(refs.resolve("7:3-6")).extracting(Turn::id).containsExactly("7:3", "7:4", "7:5", "7:6");
    assertThat(refs.resolve("1:50-1a:1")).extracting(Turn::id).containsExactly("1:50", "1a:1");
    assertThat(refs.resolve("aliens")).hasSize(10);
    assertThat(refs.resolve("ALL")).hasSize(377);
    assertThat(refs.resolve(List.of("7:1", "7:1"))).hasSize(2);
  }

  @Test
  void badRefsSayWhatIsWrong() {
    Refs refs = new Refs(corpus);
    assertThatThrownBy(() -> refs.resolve("7:x")).hasMessage(
        "bad turn number 'x' in '7:x' (expected a reference such as 7:3 or 7:3-6)");
    assertThatThrownBy(() -> refs.resolve("7:0")).hasMessage("no turn 7:0 (section 7 has turns 7:1-20)");
    assertThatThrownBy(() -> refs.resolve("13")).hasMessageStartingWith("unknown reference '13' (expected");
  }

  @Test
  void sentencesSplitAtChineseTerminatorsAndKeepClosingQuotes() {
    List<Quote> sentences = Sentences.of(corpus.turn("7:3").orElseThrow());
    assertThat(sentences).extracting(Quote::text).containsExactly("哦，这是诚实的答案。", "如果是今年的话眨两下眼。");
    assertThat(sentences).extracting(Quote::id).containsExactly("7:3/1", "7:3/2");
    Turn turn = corpus.turn("7:3").orElseThrow();
    for (Quote s : sentences) {
      String p = turn.paragraphs().get(s.paragraph());
      assertThat(p.substring(p.offsetByCodePoints(0, s.start()), p.offsetByCodePoints(0, s.end())))
          .isEqualTo(s.text());
    }
    assertThat(Sentences.of(corpus)).hasSizeGreaterThan(1000);
  }

  @Test
  void drawsAreReproducibleAndDistinct() {
    List<Quote> pool = Quotes.candidates(corpus, QuoteFilter.ANY, true);
    List<Quote> first = Quotes.draw(pool, 5, new Random(11));
    assertThat(Quotes.draw(pool, 5, new Random(11))).isEqualTo(first);
    assertThat(first).doesNotHaveDuplicates().hasSize(5);
    assertThat(Quotes.draw(pool, 5, new Random(12))).isNotEqualTo(first);
  }

  @Test
  void lengthFiltersCountCodePoints() {
    QuoteFilter filter = new QuoteFilter(null, null, null, null, 20, 20, false);
    assertThat(Quotes.candidates(corpus, filter.editors(), false)).extracting(Quote::id)
        .containsExactly("q5", "q8");
    assertThat(Quotes.candidates(corpus, filter, false))
        .allMatch(q -> q.text().codePointCount(0, q.text().length()) == 20)
        .hasSizeGreaterThan(2);
  }

  @Test
  void searchRanksKeyQuoteMatchesHigher() throws QueryException {
    List<Hit> hits = new Search(corpus).run(SearchQuery.parse(List.of("计算能力"), false), t -> true);
    assertThat(hits.get(0).turn().id()).isEqualTo("8:8");
    assertThat(hits).isSortedAccordingTo((a, b) -> a.score() != b.score()
        ? Double.compare(b.score(), a.score()) : Integer.compare(a.turn().seq(), b.turn().seq()));
  }

  @Test
  void searchesOfAnotherCorpusSeeThatCorpusText() throws QueryException {
    Turn turn = new Turn("1:1", "1", 1, 1, "lex", List.of("ＧＰＴ谈核聚变"));
    Corpus other = new Corpus(corpus.metadata(),
        List.of(new Section("1", "one", 1, "一", "One", List.of(turn))), List.of(), List.of());
    SearchQuery gpt = SearchQuery.parse(List.of("gpt"), false);
    assertThat(new Search(corpus).run(gpt, t -> true)).hasSizeGreaterThan(1);
    assertThat(new Search(other).run(gpt, t -> true))
        .extracting(hit -> hit.turn().id() + "@" + hit.matches().get(0).start())
        .containsExactly("1:1@0");
    assertThat(new Search(other).run(SearchQuery.parse(List.of("核聚变"), false), t -> true))
        .extracting(hit -> hit.turn().id() + "@" + hit.matches().get(0).start())
        .containsExactly("1:1@4");
    assertThat(new Search(corpus).run(gpt, t -> true)).hasSizeGreaterThan(1)
        .allSatisfy(hit -> assertThat(corpus.turns()).contains(hit.turn()));
  }

  @Test
  void queryParsingSplitsWordsAndKeepsPhrases() throws QueryException {
    assertThat(SearchQuery.parse(List.of("GPT 开源"), false).terms()).containsExactly("gpt 开源");
    assertThat(SearchQuery.parse(List.of("GPT", "开源"), false).terms()).containsExactly("gpt", "开源");
    assertThat(SearchQuery.parse(List.of("\"GPT 4\" turbo"), false).terms()).containsExactly("gpt 4", "turbo");
    assertThat(SearchQuery.parse(List.of("“核 聚变” Helion"), false).terms()).containsExactly("核 聚变", "helion");
    assertThatThrownBy(() -> SearchQuery.parse(List.of("  "), false)).isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> SearchQuery.parse(List.of("["), true))
        .hasMessageStartingWith("bad regular expression '['");
  }

  @Test
  void statsAddUp() {
    Stats stats = Stats.of(corpus);
    assertThat(stats.total().turns()).isEqualTo(377);
    assertThat(stats.bySpeaker().values().stream().mapToInt(Stats.Count::chars).sum())
        .isEqualTo(stats.total().chars());
    assertThat(stats.sections().stream().mapToInt(s -> s.total().turns()).sum()).isEqualTo(377);
    assertThat(stats.total().chars()).isEqualTo(corpus.turns().stream().mapToInt(Turn::length).sum());
  }
}
