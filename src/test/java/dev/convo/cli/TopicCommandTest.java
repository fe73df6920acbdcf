package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
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
    List<String> lines = result.out().lines().toList();
    List<String> quotes = lines.stream().takeWhile(l -> l.matches("q[0-9]+ .*")).toList();
    assertThat(quotes).hasSizeGreaterThan(2).contains(
        "q7 我认为计算能力将成为未来的货币，我认为它可能成为世界上最珍贵的商品 — Sam Altman,"
            + " 关于7万亿美元的计算能力 (8:8), editor's #1",
        "q8 计算能力不同，智能将更像能源或类似的东西 — Sam Altman, 关于7万亿美元的计算能力 (8:8)");
    assertThat(quotes.get(0)).endsWith("(5:18)");
    assertThat(lines.get(quotes.size())).isEqualTo(Run.exec("show", "5:11").out().strip());
    assertThat(lines.subList(quotes.size(), lines.size()).stream().map(l -> l.substring(0, l.indexOf(' '))))
        .startsWith("5:11", "5:17", "5:18", "7:7", "7:8", "8:1").endsWith("8:35", "9:10");
  }

  @Test
  void sectionTopicsHoldTheirSectionsTurns() {
    Run.Result result = Run.exec("topic", "gpt-5", "--format", "tsv");
    List<String[]> turns = result.out().lines().skip(1).filter(l -> l.startsWith("turn\t"))
        .map(l -> l.split("\t", -1)).toList();
    assertThat(turns.stream().filter(f -> f[2].equals("7") || f[2].equals("10"))).hasSize(20 + 18)
        .allMatch(f -> f[6].isEmpty());
    assertThat(turns.stream().filter(f -> !f[2].equals("7") && !f[2].equals("10")).map(f -> f[1] + " " + f[6]))
        .containsExactly("4:2 listed", "4:6 listed", "6:12 listed", "6:13 listed", "6:14 listed");
  }

  @Test
  void keywordTopicsHoldTheTurnsThatMentionAKeyword() {
    Run.Result result = Run.exec("topic", "energy", "--format", "tsv");
    assertThat(result.out().lines().findFirst().orElseThrow())
        .isEqualTo("type\tid\tsection\tsectionTitle\tspeaker\tspeakerName\twhy\ttext");
    assertThat(result.out().lines().skip(1).filter(l -> l.startsWith("turn\t")).map(l -> l.split("\t")))
        .extracting(f -> f[1] + " " + f[6])
        .containsExactly("8:8 listed", "8:9 listed", "8:10 listed", "8:11 listed", "8:12 listed",
            "8:13 listed", "8:14 listed", "8:15 listed", "8:16 listed", "8:17 listed");
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
    assertThat(result.out().lines()).hasSize(49);
    assertThat(result.out().lines().findFirst().orElseThrow()).isEqualTo(
        "board: The OpenAI board saga / OpenAI 董事会风波; also board-saga, ouster, firing, 董事会,"
            + " 董事会风波; 68 turns, 36 quotes");
    assertThat(result.out()).contains("ilya: Ilya Sutskever / 关于 Ilya Sutskever; also sutskever, 伊利亚;"
        + " 30 turns, 8 quotes\n");
    assertThat(result.out()).contains("\ntheatre: ");
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
          assertThat(f[6]).isEqualTo("43");
        });
    Run.Result text = Run.terminal().env("NO_COLOR", "1").size(72, 1000).run("topics");
    assertThat(text.out()).isEqualTo(Run.golden("topics.txt", text.out()));
  }

  /** Each turn outside the topic's sections says why it is there, on screen and in jsonl. */
  @Test
  void turnsOutsideTheSectionsSayWhyTheyAreThere() {
    Run.Result text = Run.terminal().env("NO_COLOR", "1").size(100, 1000).run("topic", "gpt-5");
    List<String> lines = text.out().lines().toList();
    int turn = lines.indexOf(lines.stream().filter(l -> l.strip().startsWith("4:2 ")).findFirst().orElseThrow());
    assertThat(lines.subList(turn, lines.size()).stream().filter(l -> l.strip().startsWith("why: ")).findFirst())
        .get().extracting(String::strip).isEqualTo("why: listed");
    assertThat(text.out().lines().filter(l -> l.strip().equals("why: listed"))).hasSize(5);
    Run.Result jsonl = Run.exec("topic", "gpt-5", "--format", "jsonl");
    List<JsonObject> turns = jsonl.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject())
        .filter(r -> r.get("type").getAsString().equals("turn")).toList();
    assertThat(turns).hasSize(43);
    assertThat(turns).filteredOn(r -> r.get("section").getAsString().equals("7")).allMatch(r -> r.get("why").isJsonNull());
    assertThat(turns).filteredOn(r -> r.get("id").getAsString().equals("6:12")).singleElement()
        .matches(r -> r.get("why").getAsString().equals("listed"));
  }

  /** In a corpus whose topics have no turn lists, the keyword that matched is the reason. */
  @Test
  void keywordMatchesNameTheirKeyword(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path corpus = dir.resolve("c.json");
    com.google.gson.JsonObject json = JsonParser.parseString(
        java.nio.file.Files.readString(java.nio.file.Path.of("data/corpus.json"))).getAsJsonObject();
    com.google.gson.JsonArray topics = new com.google.gson.JsonArray();
    for (var topic : json.getAsJsonArray("topics")) {
      topic.getAsJsonObject().add("turns", new com.google.gson.JsonArray());
      if (!topic.getAsJsonObject().getAsJsonArray("sections").isEmpty()
          || !topic.getAsJsonObject().getAsJsonArray("keywords").isEmpty()) {
        topics.add(topic);
      }
    }
    json.add("topics", topics);
    for (var quote : json.getAsJsonArray("quotes")) {
      quote.getAsJsonObject().add("topics", new com.google.gson.JsonArray());
    }
    java.nio.file.Files.writeString(corpus, json.toString());
    Run.Result jsonl = Run.exec("--corpus", corpus.toString(), "topic", "energy", "--format", "jsonl");
    assertThat(jsonl.code()).as(jsonl.err()).isZero();
    List<JsonObject> turns = jsonl.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject())
        .filter(r -> r.get("type").getAsString().equals("turn")).toList();
    assertThat(turns).isNotEmpty().allMatch(r -> r.get("why").getAsString().startsWith("keyword: "));
    assertThat(turns).filteredOn(r -> r.get("id").getAsString().equals("8:12")).singleElement()
        .matches(r -> r.get("why").getAsString().equals("keyword: 聚变"));
    Run.Result text = Run.terminal().env("NO_COLOR", "1").size(100, 1000)
        .run("--corpus", corpus.toString(), "topic", "energy");
    assertThat(text.out()).contains("why: keyword: 聚变");
  }

  @Test
  void anUnknownNameInTheTextSuggestsSearchingForIt() {
    Run.Result result = Run.exec("topic", "Wikipedia");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("convo: unknown topic 'Wikipedia'; it occurs in 1 turn: convo search Wikipedia\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"On Sora", "The Elon Musk lawsuit", "Elon Musk", "Musk lawsuit", "OpenAI board", "7万亿",
      "7 万亿", "$7 trillion", "聚变", "关于Sora"})
  void namesAReaderTypesWork(String name) {
    Run.Result result = Run.exec("topic", name, "--format", "jsonl");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out().lines().findFirst().orElseThrow()).startsWith("{\"type\":\"topic\"");
  }
}
