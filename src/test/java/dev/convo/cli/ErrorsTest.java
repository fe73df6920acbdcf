package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    int code = Cli.commandLine(new PrintWriter(sink), new PrintWriter(err), Run.pipe().environment())
        .execute("show", "all");
    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(sink.written).isLessThan(2000);
  }

  @Test
  void unknownSubcommandSuggestsTheClosest() {
    Run.Result result = Run.exec("serch", "x");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).startsWith("convo: Unmatched argument").contains("did you mean: search");
  }

  @Test
  void unknownOptionIsOneLine() {
    Run.Result result = Run.exec("sections", "--frobnicate");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo(
        "convo: Unknown option: '--frobnicate' (see 'convo sections --help')\n");
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
    int code = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err), env)
        .execute("show", "7:1");
    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString()).isEqualTo("convo: internal error: java.lang.IllegalStateException:"
        + " terminal vanished (run again with --debug for details)\n");

    StringWriter debug = new StringWriter();
    int again = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(debug), env)
        .execute("show", "7:1", "--debug");
    assertThat(again).isEqualTo(ExitCode.INTERNAL);
    assertThat(debug.toString()).contains("\tat dev.convo.");

    Env variable = new Env(java.util.Map.of("CONVO_DEBUG", "1"), true, true, env.size(), env.today(),
        env.pager());
    StringWriter viaVariable = new StringWriter();
    Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(viaVariable), variable)
        .execute("show", "7:1");
    assertThat(viaVariable.toString()).contains("\tat dev.convo.");
  }

  @Test
  void controlCharactersInUserInputAreEscapedInMessages() {
    Run.Result result = Run.exec("topic", "x\u001b[31my");
    assertThat(result.err()).isEqualTo("convo: unknown topic 'x\\x1b[31my' (convo topics lists them all)\n");
  }
}
