package dev.convo.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the command tree. The program's entry point, the tests, the REPL and the completion
 * generator all start here, so that they see exactly the same commands, options and handlers.
 */
public final class Cli {
  private static final Map<String, String> EXIT_CODES = exitCodes();
  /** The CLI's subcommands in the order help lists them. */
  private static final List<String> SUBCOMMANDS =
      List.of("quotes", "topic", "topics", "sections", "show", "search", "stats", "ingest");

  private Cli() {}

  /** The full command line, printing to {@code out} and {@code err}, in environment {@code env}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env) {
    return commandLine(out, err, env, SUBCOMMANDS);
  }

  /**
   * The command line with only the subcommand {@code args} names, when it names one of the CLI's:
   * picocli reflects over every command it is given, and a one-shot command needs only its own.
   * Empty when {@code args} names none (no arguments, help, a mistake, or a command added
   * downstream), so that the caller builds the whole tree.
   */
  public static Optional<CommandLine> commandLineFor(String[] args, PrintWriter out, PrintWriter err,
      Env env) {
    String name = subcommandName(args);
    return SUBCOMMANDS.contains(name)
        ? Optional.of(commandLine(out, err, env, List.of(name)))
        : Optional.empty();
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env,
      List<String> names) {
    Errors errors = new Errors();
    CommandLine commandLine = new CommandLine(new ConvoCommand(env));
    for (String name : names) {
      commandLine.addSubcommand(name, subcommand(name));
    }
    commandLine
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
    decorate(commandLine);
    return commandLine;
  }

  /** The first word that is neither a global option nor the value of {@code --corpus}. */
  private static String subcommandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--corpus")) {
        i++;
      } else if (!arg.startsWith("--corpus=") && !arg.equals("--debug")) {
        return arg;
      }
    }
    return "";
  }

  /** A switch, not a map of constructor references: a first lambda costs start-up time. */
  private static Object subcommand(String name) {
    switch (name) {
      case "quotes":
        return new QuotesCommand();
      case "topic":
        return new TopicCommand();
      case "topics":
        return new TopicsCommand();
      case "sections":
        return new SectionsCommand();
      case "show":
        return new ShowCommand();
      case "search":
        return new SearchCommand();
      case "stats":
        return new StatsCommand();
      case "ingest":
        return new IngestCommand();
      default:
        throw new IllegalArgumentException("no subcommand " + name);
    }
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
