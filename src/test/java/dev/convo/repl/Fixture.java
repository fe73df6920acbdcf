package dev.convo.repl;

import dev.convo.Commands;
import dev.convo.text.Env;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** Runs convo in-process with a fixed environment, as the CLI or as {@code convo repl} fed a script. */
final class Fixture {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 19);

  record Result(int code, String out, String err) {}

  private Fixture() {}

  /** Standard output a pipe, the environment otherwise empty. */
  static Env pipe() {
    return Env.fixed(Map.of(), false, 80, 24, TODAY, (command, text) -> false);
  }

  /** A terminal {@code columns} by {@code rows} with the given variables. */
  static Env terminal(Map<String, String> variables, int columns, int rows) {
    return Env.fixed(variables, true, columns, rows, TODAY, (command, text) -> false);
  }

  /** {@code convo ARGS} as Main runs it, the REPL reading {@code input} as its standard input. */
  static Result run(Env env, String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    int code = Commands.commandLine(outWriter, errWriter, env,
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))).execute(args);
    outWriter.flush();
    errWriter.flush();
    return new Result(code, out.toString(), err.toString());
  }

  /** A REPL session printing to {@code out} and {@code err} in {@code env}, as the program makes one. */
  static Session session(PrintWriter out, PrintWriter err, Env env) {
    return new Session(out, err, env, Commands::replTree);
  }

  static Result cli(Env env, String... args) {
    return run(env, "", args);
  }
}
