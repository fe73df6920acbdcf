package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicCommandTest {
  @ParameterizedTest
  @ValueSource(strings = {"gpt-5", "GPT-5", "gpt5", "Gpt 5", "ＧＰＴ－５", "next-model", "关于 GPT-5", "GPT_5"})
  void lookupIsForgiving(String name) {
    Run.Result result = Run.exec("topic", name);
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(Run.exec("topic", "gpt-5").out());
  }

  @Test
  void chineseAliasesFindTheirTopic() {
    assertThat(Run.exec("topic", "马斯克").out()).isEqualTo(Run.exec("topic", "musk").out());
    assertThat(Run.exec("topic", "核聚变").out()).isEqualTo(Run.exec("topic", "energy").out());
  }

  @Test
  void severalWordsAreOneName() {
    assertThat(Run.exec("topic", "open", "source").out()).isEqualTo(Run.exec("topic", "open-source").out());
  }

  @Test
  void plainListsKeyQuotesThenTurnsInReadingOrder() {
    Run.Result result = Run.exec("topic", "compute");
    assertThat(result.out().lines().limit(3)).containsExactly(
        "q7 我认为计算能力将成为未来的货币，我认为它可能成为世界上最珍贵的商品 — Sam Altman,"
            + " 关于7万亿美元的计算能力 (8:8), editor's #1",
        "q8 计算能力不同，智能将更像能源或类似的东西 — Sam Altman, 关于7万亿美元的计算能力 (8:8)",
        Run.exec("show", "5:18").out().strip());
  }

  @Test
  void sectionTopicsHoldTheirSectionsTurns() {
    Run.Result result = Run.exec("topic", "gpt-5", "--format", "tsv");
    assertThat(result.out().lines().skip(1).map(l -> l.split("\t")[2]).distinct()).containsExactly("7", "10");
    assertThat(result.out().lines()).hasSize(1 + 20 + 18);
  }

  @Test
  void keywordTopicsHoldTheTurnsThatMentionAKeyword() {
    Run.Result result = Run.exec("topic", "energy", "--format", "tsv");
    assertThat(result.out().lines().skip(1).filter(l -> l.startsWith("turn\t"))).isNotEmpty().allSatisfy(line -> {
      String text = line.split("\t")[6];
      assertThat(text).containsAnyOf("能源", "聚变", "核裂变", "Helion", "helion");
    });
  }

  @Test
  void unknownTopicSuggestsTheClosest() {
    Run.Result result = Run.exec("topic", "gtp5");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("convo: unknown topic 'gtp5' — did you mean: gpt-5?\n");
  }

  @Test
  void unknownTopicWithoutNeighboursPointsToTheList() {
    Run.Result result = Run.exec("topic", "xyzzy");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo("convo: unknown topic 'xyzzy' (convo topics lists them all)\n");
  }

  @Test
  void textGolden() {
    Run.Result result = Run.terminal().size(72, 1000).run("topic", "q*");
    assertThat(result.out()).isEqualTo(Run.golden("topic-q-star.txt", result.out()));
  }

  @Test
  void markdownGolden() {
    Run.Result result = Run.exec("topic", "compute", "--format", "markdown");
    assertThat(result.out()).isEqualTo(Run.golden("topic-compute.md", result.out()));
  }

  @Test
  void topicsListsEveryTopicWithCounts() {
    Run.Result result = Run.exec("topics");
    assertThat(result.out().lines()).hasSize(24);
    assertThat(result.out().lines().findFirst().orElseThrow()).isEqualTo(
        "board: The OpenAI board saga / OpenAI 董事会风波; also board-saga, ouster, firing, 董事会,"
            + " 董事会风波; 50 turns, 4 key quotes");
    assertThat(result.out()).contains("ilya: Ilya Sutskever / 关于 Ilya Sutskever; also sutskever, 伊利亚;"
        + " 30 turns, 1 key quote\n");
  }

  @Test
  void topicsTsvAndTextGolden() {
    Run.Result tsv = Run.exec("topics", "--format", "tsv");
    assertThat(tsv.out().lines().findFirst().orElseThrow())
        .isEqualTo("id\ttitle\ttitleZh\taliases\tsections\tkeywords\tturns\tquotes");
    assertThat(tsv.out().lines().skip(1).map(l -> l.split("\t", -1)).filter(f -> f[0].equals("gpt-5")))
        .singleElement().satisfies(f -> {
          assertThat(f[3]).isEqualTo("gpt5,next-model");
          assertThat(f[4]).isEqualTo("7,10");
          assertThat(f[6]).isEqualTo("38");
        });
    Run.Result text = Run.terminal().env("NO_COLOR", "1").size(72, 1000).run("topics");
    assertThat(text.out()).isEqualTo(Run.golden("topics.txt", text.out()));
  }
}
