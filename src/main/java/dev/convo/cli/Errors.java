package dev.convo.cli;

import dev.convo.query.QueryException;
import dev.convo.text.Escape;
import dev.convo.render.OutputClosedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error, {@code convo: what went wrong}, and a
 * documented exit status. A stack trace appears only with {@code --debug} or {@code CONVO_DEBUG=1}.
 * A usage error says what was wrong in convo's words ({@link UsageMessages}) and where the help is.
 *
 * <p>Messages echo what the user typed and what a corpus file holds, so every line goes through
 * {@link #print}: control characters and bidi overrides escaped, newlines too (one line stays one
 * line), and a megabyte-long argument shortened to its ends.
 */
final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler {
  /** Longer messages keep their first and last part: what failed, and the suggestion at the end. */
  static final int MAX_MESSAGE = 480;
  private static final int KEEP_TAIL = 160;

  /** Whether commands are typed after the program's name (in a shell) or without it (in the REPL). */
  private final boolean named;

  Errors(boolean named) {
    this.named = named;
  }

  /** Prints {@code convo: message} as one safe line. */
  static void print(PrintWriter err, String message) {
    err.println(oneLine("convo: " + message));
  }

  static String oneLine(String message) {
    String safe = Escape.line(message);
    if (safe.length() <= MAX_MESSAGE) {
      return safe;
    }
    int head = boundary(safe, MAX_MESSAGE - KEEP_TAIL);
    int tail = boundary(safe, safe.length() - KEEP_TAIL);
    return safe.substring(0, head) + "…[" + (tail - head) + " characters]…" + safe.substring(tail);
  }

  /** {@code at}, moved back so that it does not split a surrogate pair. */
  private static int boundary(String text, int at) {
    return Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
  }

  /** A stack trace for {@code --debug}, made as safe as the messages are. */
  private static void trace(PrintWriter err, Throwable ex) {
    StringWriter trace = new StringWriter();
    ex.printStackTrace(new PrintWriter(trace));
    err.print(Escape.controls(trace.toString()));
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    if (ex instanceof OutputClosedException) {
      return ExitCode.OK;
    }
    if (ex instanceof ParameterException parameter) {
      return handleParseException(parameter, parseResult.originalArgs().toArray(new String[0]));
    }
    PrintWriter err = commandLine.getErr();
    boolean debug = ConvoCommand.of(commandLine.getCommandSpec()).debug();
    int status;
    if (ex instanceof ConvoException convo) {
      print(err, convo.getMessage());
      status = convo.exitCode();
    } else if (ex instanceof QueryException query) {
      print(err, query.getMessage());
      status = ExitCode.USAGE;
    } else {
      print(err, "internal error: " + ex + (debug ? "" : " (run again with --debug for details)"));
      status = ExitCode.INTERNAL;
    }
    if (debug) {
      trace(err, ex);
    }
    err.flush();
    return status;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    PrintWriter err = commandLine.getErr();
    print(err, UsageMessages.of(ex, Arrays.asList(args))
        + " (see '" + help(commandLine.getCommandSpec()) + "')");
    if (Arrays.asList(args).contains("--debug")
        || ConvoCommand.of(commandLine.getCommandSpec()).debug()) {
      trace(err, ex);
    }
    err.flush();
    return ExitCode.USAGE;
  }

  /** How to ask for the help of {@code command} where it was typed: in a shell, or in the REPL. */
  private String help(CommandSpec command) {
    if (named) {
      return command.qualifiedName() + " --help";
    }
    return command.parent() == null ? "help"
        : command.qualifiedName().substring(command.root().name().length() + 1) + " --help";
  }
}
