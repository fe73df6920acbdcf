package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each of {@code topics}, {@code topic}, {@code stats} and {@code sections} does of its own across the library. */
class TopicsAndStatsAcrossLibraryTest {
  @TempDir Path data;

  private Run.Result run(String... args) {
    return Run.pipe().env("XDG_DATA_HOME", data.toString()).run(args);
  }

  private void addBoth() {
    assertThat(run("library", "add", LibraryWideCommandsTest.GARDEN, "--name", "garden").code()).isZero();
    assertThat(run("library", "add", LibraryWideCommandsTest.TEA, "--name", "tea").code()).isZero();
  }

  private String corpus(String name) {
    return data.resolve("convo/library/" + name + ".json").toString();
  }

  private static List<JsonObject> records(String jsonl) {
    return jsonl.lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
  }

  private static List<String> ids(String jsonl) {
    return records(jsonl).stream().map(r -> r.get("id").getAsString()).toList();
  }

  /** The ids of {@code args} read from one corpus alone, each qualified by {@code name}. */
  private List<String> qualifiedIds(String name, String... args) {
    List<String> command = new ArrayList<>(List.of("--corpus", corpus(name)));
    command.addAll(List.of(args));
    command.addAll(List.of("--format", "jsonl"));
    return ids(Run.exec(command.toArray(String[]::new)).out()).stream().map(id -> name + "/" + id).toList();
  }

  @Test
  void topicsListsTheTopicsOfEveryConversationInTheLibrarysOrder() {
    addBoth();
    List<String> expected = new ArrayList<>(ids(Run.exec("topics", "-f", "jsonl").out()).stream()
        .map(id -> "altman-2024/" + id).toList());
    expected.addAll(qualifiedIds("garden", "topics"));
    expected.addAll(qualifiedIds("tea", "topics"));
    assertThat(ids(run("topics", "-f", "jsonl").out())).isEqualTo(expected);
    assertThat(run("topics", "-f", "plain").out().lines().map(l -> l.substring(0, l.indexOf(':'))))
        .isEqualTo(expected);
    assertThat(ids(run("topics", "--in", "tea", "-f", "jsonl").out()))
        .isEqualTo(ids(Run.exec("--corpus", corpus("tea"), "topics", "-f", "jsonl").out()));
  }

  @Test
  void aConversationWithoutTopicsIsLeftOutOfTopicsAndTheJsonStaysWhole() throws Exception {
    addBoth();
    JsonObject tea = JsonParser.parseString(java.nio.file.Files.readString(Path.of(corpus("tea")))).getAsJsonObject();
    tea.add("topics", new com.google.gson.JsonArray());
    tea.getAsJsonArray("quotes").forEach(q -> q.getAsJsonObject().add("topics", new com.google.gson.JsonArray()));
    Path bare = data.resolve("bare.json");
    java.nio.file.Files.writeString(bare, tea.toString());
    assertThat(run("library", "add", bare.toString(), "--name", "zz-bare").code()).isZero();
    assertThat(Run.exec("--corpus", bare.toString(), "topics", "--json").out()).isEqualTo("[]\n");
    for (List<String> in : List.of(List.<String>of(), List.of("--in", "garden", "--in", "zz-bare"))) {
      List<String> args = new ArrayList<>(List.of("topics", "--json"));
      args.addAll(in);
      Run.Result json = run(args.toArray(String[]::new));
      assertThat(json.code()).isZero();
      com.google.gson.JsonArray topics = JsonParser.parseString(json.out()).getAsJsonArray();
      assertThat(topics).isNotEmpty().allSatisfy(t -> assertThat(t.getAsJsonObject().get("conversation").getAsString())
          .isNotEqualTo("zz-bare"));
    }
    assertThat(run("topics", "--in", "zz-bare", "--json").out()).isEqualTo("[]\n");
  }

  @Test
  void topicShowsTheTopicFromEveryConversationThatHasIt() {
    addBoth();
    List<String> expected = new ArrayList<>(qualifiedIds("garden", "topic", "section-1"));
    expected.addAll(qualifiedIds("tea", "topic", "section-1"));
    Run.Result both = run("topic", "section-1", "-f", "jsonl");
    assertThat(both.code()).isZero();
    assertThat(ids(both.out())).isEqualTo(expected);
    assertThat(records(both.out()).stream().filter(r -> r.get("type").getAsString().equals("quote")))
        .allSatisfy(q -> assertThat(q.get("turn").getAsString()).startsWith(q.get("conversation").getAsString() + "/"));
    // Only the bundled interview has gpt-5: its part alone, its ids still qualified, as more than one is in play.
    assertThat(ids(run("topic", "gpt-5", "-f", "jsonl").out()))
        .isEqualTo(ids(Run.exec("topic", "gpt-5", "-f", "jsonl").out()).stream().map(id -> "altman-2024/" + id).toList());
  }

  @Test
  void aNameAfterAConversationAndASlashReadsThatConversationAsInDoes() {
    addBoth();
    for (String format : List.of("plain", "jsonl", "text")) {
      Run.Result qualified = run("topic", "tea/section-1", "-f", format);
      assertThat(qualified.code()).isZero();
      assertThat(qualified).isEqualTo(run("topic", "section-1", "--in", "tea", "-f", format));
    }
    assertThat(run("topic", "tea/section-1", "-f", "plain").out())
        .isEqualTo(Run.exec("--corpus", corpus("tea"), "topic", "section-1", "-f", "plain").out());
    assertThat(run("topic", "altman-2024/gpt-5", "-f", "plain").out()).isEqualTo(Run.exec("topic", "gpt-5", "-f", "plain").out());
    assertThat(run("topic", "tea/section-1", "--in", "garden")).isEqualTo(new Run.Result(ExitCode.USAGE, "",
        "convo: 'tea/section-1' names the conversation tea, which --in leaves out\n"));
    // Before a slash, what is no conversation's name is part of the topic's.
    assertThat(run("topic", "nope/gpt-5").err()).isEqualTo("convo: unknown topic 'nope/gpt-5' (convo topics lists them all)\n");
    // Nor is anything before a slash a conversation's name where there is no library to look in.
    assertThat(Run.exec("topic", "altman-2024/gpt-5").err())
        .isEqualTo("convo: unknown topic 'altman-2024/gpt-5' (convo topics lists them all)\n");
  }

  @Test
  void aTopicUnknownEverywhereIsTheSameErrorWithSuggestionsFromEveryConversation() {
    Run.Result alone = Run.exec("topic", "gtp5");
    assertThat(alone).isEqualTo(new Run.Result(ExitCode.USAGE, "", "convo: unknown topic 'gtp5' — did you mean: gpt-5?\n"));
    assertThat(Run.exec("topic", "worms").err()).isEqualTo("convo: unknown topic 'worms' (convo topics lists them all)\n");
    addBoth();
    assertThat(run("topic", "gtp5")).isEqualTo(alone);
    assertThat(run("topic", "section-3")).isEqualTo(new Run.Result(ExitCode.USAGE, "",
        "convo: unknown topic 'section-3' — did you mean: section-1, section-2?\n"));
    assertThat(run("topic", "worms")).isEqualTo(new Run.Result(ExitCode.USAGE, "",
        "convo: unknown topic 'worms'; it occurs in 1 turn: convo search worms\n"));
    assertThat(run("topic", "section-3", "--in", "altman-2024").err())
        .isEqualTo("convo: unknown topic 'section-3' (convo topics lists them all)\n");
  }

  @Test
  void statsEndWithTheLibrarysSumOfTheConversationsTotals() {
    addBoth();
    List<JsonObject> records = records(run("stats", "-f", "jsonl").out());
    List<JsonObject> totals = records.stream().filter(r -> r.get("scope").getAsString().equals("total")).toList();
    assertThat(totals).extracting(r -> r.get("id").getAsString())
        .containsExactly("altman-2024/total", "garden/total", "tea/total");
    JsonObject library = records.get(records.size() - 1);
    assertThat(library.get("id").getAsString()).isEqualTo("library");
    assertThat(library.get("scope").getAsString()).isEqualTo("library");
    assertThat(library.get("conversation").isJsonNull()).isTrue();
    assertThat(library.get("turns").getAsInt()).isEqualTo(totals.stream().mapToInt(r -> r.get("turns").getAsInt()).sum());
    assertThat(library.get("chars").getAsInt()).isEqualTo(totals.stream().mapToInt(r -> r.get("chars").getAsInt()).sum());
    assertThat(records.stream().filter(r -> r.get("scope").getAsString().equals("library"))).hasSize(1);
    assertThat(run("stats", "-f", "plain").out()).endsWith("library: " + library.get("turns") + " turns, "
        + library.get("chars") + " chars (3 conversations)\n");
    assertThat(run("stats", "-f", "tsv").out()).endsWith("library\tlibrary\t\t\t" + library.get("turns") + "\t"
        + library.get("chars") + "\n");
    assertThat(run("stats", "-f", "markdown").out()).contains("# Library").endsWith("| Total | "
        + library.get("turns") + " | " + library.get("chars") + " |\n");
    String text = Run.terminal().env("NO_COLOR", "1").env("XDG_DATA_HOME", data.toString()).size(100, 1000)
        .run("stats").out();
    assertThat(text.lines().filter(l -> l.startsWith("Total ")).toList()).last().asString()
        .matches("Total +" + library.get("turns") + " +" + library.get("chars"));
    // One conversation is no library: nothing to add up.
    assertThat(run("stats", "--in", "garden", "-f", "jsonl").out()).doesNotContain("\"library\"");
    assertThat(run("stats", "--in", "garden", "-f", "plain").out())
        .isEqualTo(Run.exec("--corpus", corpus("garden"), "stats", "-f", "plain").out());
  }

  @Test
  void statsOfSeveralConversationsQualifyEveryLineInPlain() {
    addBoth();
    List<String> lines = run("stats", "--in", "garden", "--in", "tea", "-f", "plain").out().lines().toList();
    assertThat(lines).contains("garden/ada Ada Green: 3 turns, 75 chars", "garden/total: 6 turns, 332 chars",
        "section tea/1 关于绿茶: 2 turns, 60 chars (主持人 1 turn 10 chars, 茶人 1 turn 50 chars)");
    assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.startsWith("garden/") || l.startsWith("tea/")
        || l.startsWith("section garden/") || l.startsWith("section tea/"));
  }

  @Test
  void sectionsTsvHasAColumnPairForEverySpeakerOfTheLibraryEmptyWhereAConversationHasNone() {
    addBoth();
    List<String> lines = run("sections", "-f", "tsv").out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id\tnumber\tslug\ttitle\ttitleEn\tturns\tchars\tlexTurns\tlexChars\tsamTurns"
        + "\tsamChars\tadaTurns\tadaChars\tbenTurns\tbenChars\t主持人Turns\t主持人Chars\t茶人Turns\t茶人Chars");
    assertThat(lines).contains("altman-2024/1\t1\tboard\tOpenAI 董事会风波\tThe OpenAI board saga\t50\t4324\t25\t1067\t25"
        + "\t3257\t\t\t\t\t\t\t\t", "garden/1\t1\tsection-1\tSoil\tSoil\t4\t245\t\t\t\t\t2\t62\t2\t183\t\t\t\t",
        "tea/2\t2\tsection-2\t关于时间\t关于时间\t2\t14\t\t\t\t\t\t\t\t\t1\t4\t1\t10");
  }
}
