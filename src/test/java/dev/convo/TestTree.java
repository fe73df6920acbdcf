package dev.convo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.Main;
import dev.convo.text.Env;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine;

/** The program's command tree in a fixed environment, and a way to run it and keep its output. */
public final class TestTree {
  private TestTree() {}

  public static CommandLine commandLine() {
    return commandLine(new StringWriter(), new StringWriter());
  }

  public static CommandLine commandLine(StringWriter out, StringWriter err) {
    return commandLine(out, err, Map.of());
  }

  /** The whole tree in an environment of {@code variables} alone. */
  public static CommandLine commandLine(StringWriter out, StringWriter err, Map<String, String> variables) {
    Env env = Env.fixed(variables, false, 80, 24, LocalDate.of(2024, 3, 18), (command, text) -> false);
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), env);
  }

  /** What {@code convo ARGS} prints, after checking it succeeded and printed no error. */
  public static String output(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = commandLine(out, err).execute(args);
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    return out.toString();
  }
}
