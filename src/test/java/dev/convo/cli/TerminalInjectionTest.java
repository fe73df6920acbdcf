package dev.convo.cli;

import dev.convo.Commands;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.convo.text.Env;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus carrying terminal escapes in every kind of text a command shows, run through every
 * command in every format: the bytes written never contain a control character or bidi override
 * (only convo's own colours), the escapes are shown as {@code \x1b} and {@code \u202e}, and JSON
 * still gives back the exact text.
 */
class TerminalInjectionTest {
  @TempDir static Path dir;
  static Path corpus;
  static String topic;

  record Bytes(int code, byte[] out, byte[] err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void writeCorpus() throws IOException {
    corpus = HostileCorpus.write(dir);
    topic = HostileCorpus.topic();
  }

  /** Raw bytes, as a terminal would receive them, from a run on a terminal or in a pipe. */
  static Bytes run(boolean terminal, Map<String, String> variables, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    Env env = Env.fixed(variables, terminal, 60, 1000, LocalDate.of(2026, 3, 19), (c, t) -> false);
    int code = Commands.cli(outWriter, errWriter, env).execute(args);
    outWriter.flush();
    errWriter.flush();
    return new Bytes(code, out.toByteArray(), err.toByteArray());
  }

  private static List<String[]> commands() {
    return List.of(
        new String[] {"show", "all"},
        new String[] {"show", HostileCorpus.TURN},
        new String[] {"quotes", "list"},
        new String[] {"quotes", "show", HostileCorpus.QUOTE},
        new String[] {"quotes", "show", HostileCorpus.QUOTE, "--context"},
        new String[] {"quotes", "random", "--seed", "7", "-n", "9"},
        new String[] {"quotes", "random", "--any", "--seed", "3", "-n", "40", "--section", "7"},
        new String[] {"topics"},
        new String[] {"topic", topic},
        new String[] {"sections"},
        new String[] {"stats"},
        new String[] {"search", "PWNED"},
        new String[] {"search", "PWNED", "--full"},
        new String[] {"search", "--regex", "\\x{1b}"});
  }

  private static boolean isTable(String[] command) {
    return command[0].equals("sections") || command[0].equals("stats");
  }

  /** Statistics in machine formats are ids and numbers only; everything else shows corpus text. */
  private static boolean carriesText(String[] command, String format) {
    return !(command[0].equals("stats") && !format.equals("plain") && !format.equals("text")
        && !format.equals("markdown"));
  }

  private static String[] with(String[] command, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of("--corpus", corpus.toString()));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  private static void assertInert(Bytes result, boolean colour, String what) {
    assertThat(result.code()).as(what + ": " + new String(result.err(), StandardCharsets.UTF_8)).isZero();
    int at = HostileCorpus.firstUnsafeByte(result.out(), colour);
    assertThat(at).as(what + ": raw control or bidi byte in\n" + excerpt(result.out(), at)).isEqualTo(-1);
    assertThat(result.err()).as(what).isEmpty();
  }

  private static String excerpt(byte[] bytes, int at) {
    int from = Math.max(0, at - 60);
    return new String(bytes, from, Math.min(bytes.length, at + 20) - from, StandardCharsets.UTF_8);
  }

  @Test
  void everyHumanFormatShowsTheEscapesInsteadOfSendingThem() {
    for (String[] command : commands()) {
      String name = String.join(" ", command);
      Bytes coloured = run(true, Map.of("TERM", "xterm"), with(command, "--color", "always"));
      assertInert(coloured, true, name + " in colour");
      assertThat(coloured.text()).as(name).contains("PWNED").contains("\\x1b");
      assertThat(coloured.text()).as(name + " uses colour").contains("\u001b[");
      // A table shortens titles to fit the screen, cutting the end of this one's payload: given
      // room, every escape shows.
      Bytes roomy = isTable(command)
          ? run(false, Map.of(), with(command, "--color", "always", "--width", "1000")) : coloured;
      assertInert(roomy, true, name + " in colour with room");
      assertThat(roomy.text()).as(name).contains("\\u202e");
      for (String format : List.of("text", "plain", "tsv", "markdown")) {
        Bytes result = run(false, Map.of(), with(command, "--format", format, "--color", "never"));
        assertInert(result, false, name + " as " + format);
        if (carriesText(command, format)) {
          assertThat(result.text()).as(name + " as " + format).contains("PWNED").contains("\\x1b");
        }
      }
    }
  }

  @Test
  void unwrappedFormatsShowThePayloadEscapedInOnePiece() {
    String[] quote = {"quotes", "show", HostileCorpus.QUOTE};
    for (String format : List.of("plain", "tsv", "markdown")) {
      String text = run(false, Map.of(), with(quote, "--format", format)).text();
      String shown = format.equals("tsv") ? HostileCorpus.SHOWN.replace("\\x0d", "\\r")
          : format.equals("markdown")
              ? HostileCorpus.SHOWN.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
          : HostileCorpus.SHOWN;
      assertThat(text).as(format).contains(shown);
    }
  }

  @Test
  void jsonEscapesEveryControlAndBidiCharacterAndKeepsTheText() throws IOException {
    String original = null;
    for (JsonElement q : JsonParser.parseString(Files.readString(corpus, StandardCharsets.UTF_8))
        .getAsJsonObject().getAsJsonArray("quotes")) {
      if (q.getAsJsonObject().get("id").getAsString().equals(HostileCorpus.QUOTE)) {
        original = q.getAsJsonObject().get("text").getAsString();
      }
    }
    assertThat(original).contains(HostileCorpus.PAYLOAD);
    for (String[] command : commands()) {
      for (String format : List.of("json", "jsonl")) {
        String name = String.join(" ", command) + " as " + format;
        Bytes result = run(true, Map.of("TERM", "xterm"), with(command, "--format", format));
        assertInert(result, false, name);
        String text = result.text();
        if (format.equals("json")) {
          JsonParser.parseString(text);
        } else {
          text.lines().forEach(JsonParser::parseString);
        }
        if (carriesText(command, format)) {
          assertThat(text).as(name).contains("\\u001b]0;PWNED\\u0007").contains("\\u202e")
              .contains("\\u009b").contains("\\u0000");
        }
      }
    }
    String json = run(false, Map.of(), with(new String[] {"quotes", "show", HostileCorpus.QUOTE}, "--json"))
        .text();
    JsonObject record = JsonParser.parseString(json).getAsJsonObject();
    assertThat(record.get("text").getAsString()).isEqualTo(original);
  }

  @Test
  void errorMessagesEscapeWhatTheUserTyped() {
    String evil = "x\u001b]0;PWNED\u0007\u202e\u009b2J";
    List<String[]> commands = List.of(
        new String[] {"topic", evil},
        new String[] {"show", evil},
        new String[] {"show", "7:" + evil},
        new String[] {"quotes", "show", evil},
        new String[] {"quotes", "list", "--speaker", evil},
        new String[] {"quotes", "list", "--section", evil},
        new String[] {"quotes", "list", "--topic", evil},
        new String[] {"search", evil},
        new String[] {"search", "--regex", evil + "("},
        new String[] {"sections", "--format", evil},
        new String[] {"sections", "--color", evil},
        new String[] {"sections", "--" + evil},
        new String[] {"quotes", "random", "-n", evil},
        new String[] {evil},
        new String[] {"--corpus", dir.resolve(evil).toString(), "sections"});
    for (String[] command : commands) {
      for (Map<String, String> variables : List.<Map<String, String>>of(Map.of(),
          Map.of(ConvoCommand.CORPUS_VARIABLE, corpus.toString()))) {
        Bytes result = run(true, variables, command);
        String err = new String(result.err(), StandardCharsets.UTF_8);
        String name = String.join(" ", command);
        assertThat(result.code()).as(name + ": " + err).isIn(ExitCode.NO_MATCH, ExitCode.USAGE);
        assertThat(HostileCorpus.firstUnsafeByte(result.err(), false)).as(name + ": " + err).isEqualTo(-1);
        assertThat(err).as(name).startsWith("convo: ").contains("\\x1b]0;PWNED\\x07").endsWith("\n");
        assertThat(err.lines()).as(name).hasSize(1);
      }
    }
  }

  @Test
  void corpusErrorsEscapeWhatTheFileHolds() throws IOException {
    JsonObject json = JsonParser.parseString(
        Files.readString(Path.of("data/corpus.json"), StandardCharsets.UTF_8)).getAsJsonObject();
    JsonArray sections = json.getAsJsonArray("topics").get(0).getAsJsonObject()
        .getAsJsonArray("sections");
    sections.set(0, new JsonPrimitive("\u001b[2J\u202e"));
    Path broken = dir.resolve("topic-section.json");
    Files.writeString(broken, json.toString(), StandardCharsets.UTF_8);
    Bytes result = run(true, Map.of(), "sections", "--corpus", broken.toString());
    String err = new String(result.err(), StandardCharsets.UTF_8);
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(err).isEqualTo("convo: " + broken
        + ": topic refers to unknown section '\\x1b[2J\\u202e', at $.topics[0].sections[0]\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void shellCompletionListsShowEscapes() {
    for (String list : List.of("topic", "section", "quote", "speaker")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      Env env = Env.fixed(Map.of(ConvoCommand.CORPUS_VARIABLE, corpus.toString()), false, 80, 24,
          LocalDate.of(2026, 3, 19), (c, t) -> false);
      int code = dev.convo.Main.commandLine(writer, writer, env).execute("completion", "--list", list);
      writer.flush();
      assertThat(code).as(list).isZero();
      assertThat(HostileCorpus.firstUnsafeByte(out.toByteArray(), false)).as(list).isEqualTo(-1);
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(text).as(list).contains("PWNED").contains("\\x1b");
      assertThat(text.lines()).as(list).allMatch(line -> line.split("\t", -1).length == 2);
    }
  }

  @Test
  void ingestToStandardOutputEscapesLikeJson() throws IOException {
    String payload = "\u001b]0;PWNED\u0007\u009b2J\b\u202eevil\u202c\u2066x\u2069\u0085";
    String transcript = Files.readString(Path.of("src/test/resources/transcripts/garden.en.md"),
        StandardCharsets.UTF_8).replace("It starts underground.", "It starts" + payload + " underground.");
    assertThat(transcript).contains(payload);
    Path source = dir.resolve("hostile.md");
    Files.writeString(source, transcript, StandardCharsets.UTF_8);
    Bytes result = run(true, Map.of(), "ingest", source.toString());
    assertThat(result.code()).as(new String(result.err(), StandardCharsets.UTF_8)).isZero();
    assertThat(HostileCorpus.firstUnsafeByte(result.out(), false)).isEqualTo(-1);
    assertThat(result.text()).contains("It starts\\u001b]0;PWNED\\u0007\\u009b2J\\b\\u202eevil");
    List<String> paragraphs = new ArrayList<>();
    for (JsonElement section : JsonParser.parseString(result.text()).getAsJsonObject().getAsJsonArray("sections")) {
      for (JsonElement turn : section.getAsJsonObject().getAsJsonArray("turns")) {
        turn.getAsJsonObject().getAsJsonArray("paragraphs").forEach(p -> paragraphs.add(p.getAsString()));
      }
    }
    assertThat(paragraphs).as("Ben's turn keeps its label").anyMatch(p -> p.startsWith("It starts" + payload));
  }

  @Test
  void aMegabyteArgumentGivesAShortMessage() {
    String huge = "说".repeat(1 << 20);
    Bytes result = run(false, Map.of(), "topic", huge);
    String err = new String(result.err(), StandardCharsets.UTF_8);
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(err.lines()).hasSize(1);
    assertThat(err.length()).isLessThanOrEqualTo(Errors.MAX_MESSAGE + 40);
    assertThat(err).startsWith("convo: unknown topic '说说说").contains(" characters]…");
  }
}
