package dev.convo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Topics of the bundled interview: their turns as listed, the names that find them, and why. */
class TopicsByTurnTest {
  private final Corpus corpus = BundledCorpus.get();
  private final Topics topics = new Topics(corpus);

  @Test
  void aTopicWithATurnListIsExactlyThoseTurns() {
    for (Topic topic : corpus.topics()) {
      assertThat(topic.turns()).as(topic.slug() + " has a turn list").isNotEmpty();
      assertThat(topics.view(topic).turns()).extracting(Turn::id).as(topic.slug())
          .containsExactlyElementsOf(topic.turns());
    }
  }

  /** The misfires of keyword matching are gone and the misses are found. */
  @Test
  void keywordMisfiresAndMissesAreFixedByTheLists() {
    List<String> memory = ids(topics.view(topics.find("memory").orElseThrow()));
    assertThat(memory).doesNotContain("2:3", "2:12");
    List<String> gpt5 = ids(topics.view(topics.find("gpt-5").orElseThrow()));
    assertThat(gpt5).contains("4:2", "6:12", "6:14");
    List<String> energy = ids(topics.view(topics.find("energy").orElseThrow()));
    assertThat(energy).contains("8:10", "8:11", "8:14", "8:15");
    assertThat(topics.find("theatre")).isPresent();
  }

  @Test
  void everyTurnOutsideTheSectionsIsThereBecauseListed() {
    TopicView board = topics.view(topics.find("board").orElseThrow());
    assertThat(board.mentions()).extracting(Turn::id).contains("1a:1", "5:8", "11:20");
    assertThat(board.mentions()).allMatch(t -> TopicView.LISTED.equals(board.why(t)));
    assertThat(board.sectionTurns()).allMatch(t -> board.why(t) == null);
  }

  @Test
  void aTopicsQuotesAreThoseTaggedWithIt() {
    TopicView gpt5 = topics.view(topics.find("gpt-5").orElseThrow());
    assertThat(gpt5.quotes()).isNotEmpty().allMatch(q -> q.topics().contains("gpt-5"));
    assertThat(gpt5.quotes()).extracting(Quote::turn).contains("4:2");
  }

  /** A corpus whose topics carry no turn lists (an ingested transcript) still matches keywords. */
  @Test
  void withoutTurnListsKeywordsStillMatchAndSayWhich() {
    List<Topic> bare = corpus.topics().stream()
        .map(t -> new Topic(t.slug(), t.title(), t.titleZh(), t.aliases(), t.sections(),
            t.keywords().isEmpty() && t.sections().isEmpty() ? List.of(t.slug()) : t.keywords(),
            List.of(), t.names()))
        .toList();
    Corpus old = new Corpus(corpus.metadata(), corpus.sections(), corpus.quotes(), bare);
    Topics oldTopics = new Topics(old);
    TopicView energy = oldTopics.view(oldTopics.find("energy").orElseThrow());
    assertThat(energy.mentions()).extracting(Turn::id).contains("8:8");
    assertThat(energy.why(old.turn("8:8").orElseThrow())).isEqualTo("keyword: 能源");
    assertThat(energy.mentions()).allMatch(t -> energy.why(t).startsWith("keyword: "));
    TopicView memory = oldTopics.view(oldTopics.find("memory").orElseThrow());
    assertThat(ids(memory)).contains("2:3");
    assertThat(memory.why(old.turn("2:3").orElseThrow())).isEqualTo("keyword: 记忆");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "On Sora | sora",
      "关于Sora | sora",
      "关于 Sora | sora",
      "The Elon Musk lawsuit | musk",
      "Elon Musk | musk",
      "Musk lawsuit | musk",
      "lawsuit Elon | musk",
      "OpenAI board | board",
      "the board saga | board",
      "7万亿 | compute",
      "7 万亿 | compute",
      "$7 trillion | compute",
      "7 trillion | compute",
      "On $7 trillion of compute | compute",
      "关于7万亿美元的计算能力 | compute",
      "聚变 | energy",
      "ＧＰＴ－５ | gpt-5",
      "On GPT-5 | gpt-5",
      "The leap to GPT-5 | leap",
      "Memory and privacy | memory",
      "关于记忆和隐私 | memory",
      "q-star | q-star",
      "On Q* | q-star",
      "Helen Toner | board",
      "Tasha McCauley | board",
      "Ilya Sutskever | ilya",
      "On Ilya Sutskever | ilya",
      "Google and Gemini | google",
  })
  void namesAReaderTypesFindTheTopic(String name, String slug) {
    assertThat(topics.find(name)).as(name).get().extracting(Topic::slug).isEqualTo(slug);
  }

  /** Every section's titles, in both languages, with and without On/关于/The, name its topic. */
  @Test
  void everySectionTitleNamesATopicCoveringIt() {
    for (var section : corpus.sections()) {
      for (String title : List.of(section.title(), section.titleEn(),
          section.titleEn().replaceFirst("^(On|The) ", ""), section.title().replaceFirst("^关于 ?", ""))) {
        assertThat(topics.find(title)).as(title).get()
            .matches(t -> t.sections().contains(section.id()), "covers section " + section.id());
      }
    }
  }

  @Test
  void wordsPointingToDifferentTopicsNameNone() {
    assertThat(topics.find("Sora lawsuit")).isEmpty();
    assertThat(topics.find("the")).isEmpty();
  }

  @Test
  void anUnknownNameThatOccursInTheTextSuggestsSearchingForIt() {
    assertThatThrownBy(() -> topics.resolve("Wikipedia")).hasMessage(
        "unknown topic 'Wikipedia'; it occurs in 1 turn: convo search Wikipedia");
    assertThatThrownBy(() -> topics.resolve("宇宙")).hasMessage(
        "unknown topic '宇宙'; it occurs in 1 turn: convo search 宇宙");
    assertThatThrownBy(() -> topics.resolve("GPT-4 Turbo model")).hasMessageStartingWith(
        "unknown topic 'GPT-4 Turbo model'");
    assertThatThrownBy(() -> topics.resolve("gtp5")).hasMessage("unknown topic 'gtp5' — did you mean: gpt-5?");
    assertThatThrownBy(() -> topics.resolve("qwertyuiop")).hasMessage(
        "unknown topic 'qwertyuiop' (convo topics lists them all)");
  }

  @Test
  void aSearchSuggestionIsQuotedForTheShell() {
    assertThatThrownBy(() -> topics.resolve("世界上有 80 亿人")).hasMessage(
        "unknown topic '世界上有 80 亿人'; it occurs in 1 turn: convo search '世界上有 80 亿人'");
  }

  private static List<String> ids(TopicView view) {
    return view.turns().stream().map(Turn::id).toList();
  }
}
