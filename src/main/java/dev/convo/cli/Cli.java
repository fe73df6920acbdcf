package dev.convo.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the command tree. The program's entry point, the tests, the REPL and the completion
 * generator all start here, so that they see exactly the same commands, options and handlers.
 */
public final class Cli {
  private static final Map<String, String> EXIT_CODES = exitCodes();

  private Cli() {}

  /** The full command line, printing to {@code out} and {@code err}, in environment {@code env}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env) {
    Errors errors = new Errors();
    CommandLine commandLine = new CommandLine(new ConvoCommand(env))
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
    decorate(commandLine);
    return commandLine;
  }

  /**
   * Gives every command the version and the exit-code list, including commands added later with
   * {@code addSubcommand} if they call this again.
   */
  public static void decorate(CommandLine commandLine) {
    CommandSpec spec = commandLine.getCommandSpec();
    spec.versionProvider(new VersionProvider());
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      decorate(sub);
    }
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(Integer.toString(ExitCode.OK), "results printed");
    codes.put(Integer.toString(ExitCode.NO_MATCH), "nothing matched");
    codes.put(Integer.toString(ExitCode.USAGE), "usage error, unknown id or bad corpus");
    codes.put(Integer.toString(ExitCode.INTERNAL), "unexpected internal error");
    return codes;
  }
}
