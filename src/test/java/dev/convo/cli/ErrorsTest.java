package dev.convo.cli;

import dev.convo.Commands;
import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.text.Env;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorsTest {
  @TempDir Path dir;

  /** A reader that goes away after a few lines, like {@code head -1}. */
  private static final class ClosingWriter extends Writer {
    private int written;

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      written += length;
      if (written > 200) {
        throw new IOException("Broken pipe");
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void aClosedPipeEndsQuietlyWithSuccess() {
    ClosingWriter sink = new ClosingWriter();
    StringWriter err = new StringWriter();
    int code = Commands.cli(new PrintWriter(sink), new PrintWriter(err), Run.pipe().environment())
        .execute("show", "all");
    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(sink.written).isLessThan(2000);
  }

  @Test
  void unknownSubcommandSuggestsTheClosest() {
    Run.Result result = Run.exec("serch", "x");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .isEqualTo("convo: unknown command 'serch' — did you mean: search, sections? (see 'convo --help')\n");
  }

  @Test
  void unknownOptionIsOneLine() {
    Run.Result result = Run.exec("sections", "--frobnicate");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo(
        "convo: unknown option '--frobnicate' (see 'convo sections --help')\n");
  }

  /** Each mistake, and the line convo answers it with: what was wrong, in convo's words. */
  @Test
  void usageErrorsSayWhatWasWrongInConvosWords() {
    String[][] cases = {
        {"convo: unknown command 'x' (see 'convo --help')", "x"},
        {"convo: unknown command 'bogus' (see 'convo quotes --help')", "quotes", "bogus"},
        {"convo: unexpected argument 'extra' (see 'convo sections --help')", "sections", "extra"},
        {"convo: unexpected argument 'b' (see 'convo quotes show --help')", "quotes", "show", "a", "b"},
        {"convo: unknown option '--formt' — did you mean: --format? (see 'convo sections --help')",
            "sections", "--formt", "json"},
        {"convo: unknown option '--frob' (see 'convo topic --help')", "topic", "--frob"},
        {"convo: --seed wants a whole number, not 'abc' (see 'convo quotes random --help')",
            "quotes", "random", "--seed", "abc"},
        {"convo: --seed wants a whole number (see 'convo quotes random --help')", "quotes", "random", "--seed"},
        {"convo: -n wants a whole number of at most 2147483647, not '99999999999'"
            + " (see 'convo quotes random --help')", "quotes", "random", "-n", "99999999999"},
        {"convo: --limit wants a whole number, not 'ten' (see 'convo search --help')",
            "search", "x", "--limit=ten"},
        {"convo: --format wants text, plain, tsv, json, jsonl or markdown, not 'xml'"
            + " (see 'convo sections --help')", "sections", "--format", "xml"},
        {"convo: --format wants text, plain, tsv, json, jsonl or markdown, not '--json'"
            + " (see 'convo sections --help')", "sections", "--format", "--json"},
        {"convo: --color wants auto, always or never, not 'sometimes' (see 'convo stats --help')",
            "stats", "--color", "sometimes"},
        {"convo: --json takes no value: write --json, not --json=yes (see 'convo stats --help')",
            "stats", "--json=yes"},
        {"convo: --corpus wants a file name (see 'convo --help')", "--corpus"},
        {"convo: show wants a REF: 7, 1a, 7:3, 7:3-6, a section or topic slug, or all"
            + " (see 'convo show --help')", "show"},
        {"convo: quotes show wants an ID: a quote's id (q7), or a sentence's (8:8/1)"
            + " (see 'convo quotes show --help')", "quotes", "show"},
        {"convo: --seed is given more than once (see 'convo quotes random --help')",
            "quotes", "random", "--seed", "1", "--seed", "2"},
    };
    for (String[] c : cases) {
      String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
      Run.Result result = Run.exec(args);
      assertThat(result.err()).as(String.join(" ", args)).isEqualTo(c[0] + "\n");
      assertThat(result.code()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
      assertThat(result.out()).as(String.join(" ", args)).isEmpty();
    }
  }

  @Test
  void noSubcommandPrintsUsageAndFails() {
    Run.Result result = Run.exec();
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("Usage: convo");
  }

  @Test
  void helpAndVersionSucceed() {
    Run.Result help = Run.exec("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Exit codes:").contains("quotes").contains("Examples:");
    Run.Result version = Run.exec("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("convo ");
  }

  @Test
  void everyCommandsHelpHasAnExampleAndTheExitCodes() {
    String[][] commands = {{"quotes", "random"}, {"quotes", "list"}, {"quotes", "show"}, {"quotes"},
        {"topic"}, {"topics"}, {"sections"}, {"show"}, {"search"}, {"stats"}, {"ingest"}};
    for (String[] command : commands) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      Run.Result result = Run.exec(args);
      assertThat(result.code()).as(String.join(" ", command)).isZero();
      assertThat(result.out()).as(String.join(" ", command))
          .contains("convo " + String.join(" ", command))
          .containsPattern("(?m)^  convo " + command[0])
          .contains("Exit codes:")
          .contains("2   usage error, unknown id or bad corpus");
    }
  }

  @Test
  void aMissingCorpusFileIsNamed() {
    Path missing = dir.resolve("nope.json");
    Run.Result result = Run.exec("--corpus", missing.toString(), "sections");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo("convo: " + missing + ": no such file, at $\n");
  }

  @Test
  void aBrokenCorpusIsOneLineWithItsPath() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schema\": 1, \"metadata\": []}", StandardCharsets.UTF_8);
    Run.Result result = Run.exec("sections", "--corpus", broken.toString());
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo(
        "convo: " + broken + ": expected an object but found an array, at $.metadata\n");
  }

  @Test
  void theCorpusVariableIsReadAndTheOptionWins() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "nonsense", StandardCharsets.UTF_8);
    Run.Result fromVariable = Run.pipe().env("CONVO_CORPUS", broken.toString()).run("sections");
    assertThat(fromVariable.code()).isEqualTo(ExitCode.USAGE);
    assertThat(fromVariable.err()).startsWith("convo: " + broken + ": not valid JSON");
    Path good = dir.resolve("good.json");
    Files.copy(Path.of("data/corpus.json"), good);
    Run.Result option = Run.pipe().env("CONVO_CORPUS", broken.toString())
        .run("sections", "--corpus", good.toString());
    assertThat(option.code()).isZero();
    assertThat(option.out().lines()).hasSize(13);
  }

  @Test
  void anotherCorpusIsReallyRead() throws IOException {
    String json = Files.readString(Path.of("data/corpus.json"), StandardCharsets.UTF_8)
        .replace("那么，GPT-5 什么时候出来？", "那么，GPT-6 什么时候出来？");
    Path other = dir.resolve("other.json");
    Files.writeString(other, json, StandardCharsets.UTF_8);
    assertThat(Run.exec("show", "7:1", "--corpus", other.toString()).out())
        .isEqualTo("7:1 Lex: 那么，GPT-6 什么时候出来？\n");
  }

  @Test
  void internalErrorsExitThreeWithoutAStackTraceUnlessDebugging() {
    Env env = new Env(java.util.Map.of(), true, true, () -> {
      throw new IllegalStateException("terminal vanished");
    }, () -> Run.TODAY, (c, t) -> true);
    StringWriter err = new StringWriter();
    int code = Commands.cli(new PrintWriter(new StringWriter()), new PrintWriter(err), env)
        .execute("show", "7:1");
    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString()).isEqualTo("convo: internal error: java.lang.IllegalStateException:"
        + " terminal vanished (run again with --debug for details)\n");

    StringWriter debug = new StringWriter();
    int again = Commands.cli(new PrintWriter(new StringWriter()), new PrintWriter(debug), env)
        .execute("show", "7:1", "--debug");
    assertThat(again).isEqualTo(ExitCode.INTERNAL);
    assertThat(debug.toString()).contains("\tat dev.convo.");

    Env variable = new Env(java.util.Map.of("CONVO_DEBUG", "1"), true, true, env.size(), env.today(),
        env.pager());
    StringWriter viaVariable = new StringWriter();
    Commands.cli(new PrintWriter(new StringWriter()), new PrintWriter(viaVariable), variable)
        .execute("show", "7:1");
    assertThat(viaVariable.toString()).contains("\tat dev.convo.");
  }

  @Test
  void controlCharactersInUserInputAreEscapedInMessages() {
    Run.Result result = Run.exec("topic", "x\u001b[31my");
    assertThat(result.err()).isEqualTo("convo: unknown topic 'x\\x1b[31my' (convo topics lists them all)\n");
  }
}
