package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.convo.render.Format;
import dev.convo.text.Columns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code topics}, {@code topic}, {@code stats} and {@code sections} share over the conversations
 * of the library: the old output with nothing added, --in, qualified ids, the conversation field of
 * the machine formats, and the errors of --in.
 */
class LibraryWideCommandsTest {
  static final String GARDEN = "src/test/resources/transcripts/garden.en.md";
  static final String TEA = "src/test/resources/transcripts/tea.zh.md";
  /** Each command with arguments that find something in the bundled interview. */
  static final List<List<String>> COMMANDS = List.of(List.of("topics"), List.of("topic", "gpt-5"),
      List.of("stats"), List.of("sections"));

  @TempDir Path data;

  Run.Result run(String... args) {
    return Run.pipe().env("XDG_DATA_HOME", data.toString()).run(args);
  }

  void addBoth() {
    assertThat(run("library", "add", GARDEN, "--name", "garden").code()).isZero();
    assertThat(run("library", "add", TEA, "--name", "tea").code()).isZero();
  }

  static Stream<Arguments> commandsInEveryFormat() {
    List<Arguments> all = new ArrayList<>();
    for (List<String> command : COMMANDS) {
      for (Format format : Format.values()) {
        all.add(Arguments.of(command, format.id()));
      }
    }
    return all.stream();
  }

  static Stream<List<String>> commands() {
    return COMMANDS.stream();
  }

  static String[] args(List<String> command, String... more) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @ParameterizedTest(name = "{0} --format {1}")
  @MethodSource("commandsInEveryFormat")
  void withNothingAddedTheOutputIsTheBundledInterviewsAsBefore(List<String> command, String format) throws Exception {
    Run.Result before = Run.exec(args(command, "--format", format));
    assertThat(before.code()).isZero();
    assertThat(run(args(command, "--format", format))).isEqualTo(before);
    // A library that held a conversation once, and holds nothing added now, is the same.
    addBoth();
    assertThat(run("library", "remove", "garden").code()).isZero();
    assertThat(run("library", "remove", "tea").code()).isZero();
    assertThat(Files.isDirectory(data.resolve("convo/library"))).isTrue();
    assertThat(run(args(command, "--format", format))).isEqualTo(before);
    assertThat(before.out()).doesNotContain("\"conversation\"").doesNotContain("altman-2024");
  }

  @ParameterizedTest(name = "{0} --format {1}")
  @MethodSource("commandsInEveryFormat")
  void theBundledInterviewChosenAloneKeepsItsOwnIdsInEveryFormat(List<String> command, String format) {
    addBoth();
    Run.Result before = Run.exec(args(command, "--format", format));
    Run.Result chosen = run(args(command, "--in", "altman-2024", "--format", format));
    assertThat(chosen.code()).isZero();
    if (format.equals("json") || format.equals("jsonl")) {
      // The same records, each naming its conversation.
      assertThat(chosen.out().replace("\"conversation\":\"altman-2024\",", "")
          .replace("\"conversation\": \"altman-2024\",\n" + "    ", "")).isEqualTo(before.out());
      assertThat(chosen.out()).contains("\"conversation\"");
    } else {
      assertThat(chosen).isEqualTo(before);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyConversationIsCoveredWithQualifiedIdsAndNamedInJson(List<String> command) {
    addBoth();
    String args = String.join(" ", command);
    List<String> topic = command.get(0).equals("topic") ? List.of("topic", "section-1") : command;
    List<String> expected = topic.equals(command) ? List.of("altman-2024", "garden", "tea") : List.of("garden", "tea");
    for (String format : List.of("json", "jsonl")) {
      Run.Result result = run(args(topic, "--format", format));
      assertThat(result.code()).as(args).isZero();
      List<JsonObject> records = new ArrayList<>();
      if (format.equals("json")) {
        JsonArray array = JsonParser.parseString(result.out()).getAsJsonArray();
        array.forEach(r -> records.add(r.getAsJsonObject()));
      } else {
        result.out().lines().forEach(l -> records.add(JsonParser.parseString(l).getAsJsonObject()));
      }
      List<String> named = records.stream().map(r -> r.get("conversation"))
          .filter(c -> !c.isJsonNull()).map(JsonElement::getAsString).distinct().toList();
      assertThat(named).as(args).containsExactlyElementsOf(expected);
      for (JsonObject record : records) {
        if (record.get("conversation").isJsonNull()) {
          assertThat(record.get("id").getAsString()).isEqualTo("library");
          continue;
        }
        String conversation = record.get("conversation").getAsString();
        assertThat(record.get("id").getAsString()).as(args).startsWith(conversation + "/");
        if (record.has("section") && !record.get("section").isJsonNull()) {
          assertThat(record.get("section").getAsString()).doesNotContain("/");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void tsvIsOneTableWithOneHeaderAndQualifiedIds(List<String> command) {
    addBoth();
    List<String> topic = command.get(0).equals("topic") ? List.of("topic", "section-1") : command;
    List<String> lines = run(args(topic, "--format", "tsv")).out().lines().toList();
    int columns = lines.get(0).split("\t", -1).length;
    assertThat(lines.subList(1, lines.size())).isNotEmpty().doesNotContain(lines.get(0))
        .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(columns));
    int id = List.of(lines.get(0).split("\t")).indexOf("id");
    List<String> conversations = lines.stream().skip(1).map(l -> l.split("\t", -1)[id])
        .map(i -> i.contains("/") ? i.substring(0, i.indexOf('/')) : i).distinct().toList();
    assertThat(conversations).containsAnyOf("garden", "tea").allMatch(c -> List.of("altman-2024", "garden", "tea",
        "library").contains(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void textHasAHeadingPerConversationAndFitsNarrowScreens(List<String> command) {
    addBoth();
    List<String> topic = command.get(0).equals("topic") ? List.of("topic", "section-1") : command;
    String out = Run.terminal().env("NO_COLOR", "1").env("XDG_DATA_HOME", data.toString()).size(100, 1000)
        .run(args(topic)).out();
    List<String> headings = out.lines().filter(l -> l.startsWith("══ ")).toList();
    List<String> expected = new ArrayList<>();
    if (topic.equals(command)) {
      expected.add("══ altman-2024 · Lex 对话 Sam Altman：计算能力将成为未来的货币 ");
    }
    expected.add("══ garden · A Conversation About Gardens ");
    expected.add("══ tea · 与茶人的对话 ");
    if (command.get(0).equals("stats")) {
      expected.add("══ library · 3 conversations ");
    }
    assertThat(headings).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(headings.get(i)).startsWith(expected.get(i)).endsWith("═");
    }
    for (int width = 30; width <= 120; width += 7) {
      int columns = width;
      String narrow = Run.terminal().env("NO_COLOR", "1").env("XDG_DATA_HOME", data.toString())
          .size(width, 1000).run(args(topic)).out();
      assertThat(narrow.lines()).as(narrow).allSatisfy(l -> assertThat(Columns.of(l)).isLessThanOrEqualTo(columns));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void anUnknownConversationOrOneBesideCorpusIsAUsageError(List<String> command) {
    addBoth();
    assertThat(run(args(command, "--in", "nope"))).isEqualTo(new Run.Result(ExitCode.USAGE, "",
        "convo: no conversation named 'nope' in the library\n"));
    assertThat(run(args(command, "--in", "tea", "--corpus", "data/corpus.json"))).isEqualTo(
        new Run.Result(ExitCode.USAGE, "",
            "convo: --in and --corpus cannot be combined: --corpus names the one corpus to read\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void corpusStillMeansThatOneCorpus(List<String> command) {
    addBoth();
    assertThat(run(args(command, "--corpus", "data/corpus.json", "--format", "jsonl")))
        .isEqualTo(Run.exec(args(command, "--format", "jsonl")));
  }

  @Test
  void conversationsComeInTheOrderGivenWithIn() {
    addBoth();
    List<String> ids = run("sections", "--in", "tea", "--in", "garden", "--in", "tea", "-f", "tsv").out().lines()
        .skip(1).map(l -> l.substring(0, l.indexOf('\t'))).toList();
    assertThat(ids).containsExactly("tea/1", "tea/2", "garden/1", "garden/2");
  }
}
