package dev.convo.cli;

import dev.convo.query.QueryException;
import dev.convo.render.OutputClosedException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on standard error, {@code convo: what went wrong}, and a
 * documented exit status. A stack trace appears only with {@code --debug} or {@code CONVO_DEBUG=1}.
 */
final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler {
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
      err.println("convo: " + convo.getMessage());
      status = convo.exitCode();
    } else if (ex instanceof QueryException query) {
      err.println("convo: " + query.getMessage());
      status = ExitCode.USAGE;
    } else {
      err.println("convo: internal error: " + ex
          + (debug ? "" : " (run again with --debug for details)"));
      status = ExitCode.INTERNAL;
    }
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return status;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    PrintWriter err = commandLine.getErr();
    StringBuilder message = new StringBuilder("convo: ").append(ex.getMessage());
    if (ex instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        message.append(" — did you mean: ").append(String.join(", ", suggestions)).append('?');
      }
    }
    message.append(" (see '").append(commandLine.getCommandSpec().qualifiedName()).append(" --help')");
    err.println(message);
    if (Arrays.asList(args).contains("--debug")
        || ConvoCommand.of(commandLine.getCommandSpec()).debug()) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.USAGE;
  }
}
