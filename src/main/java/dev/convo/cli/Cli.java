package dev.convo.cli;

import dev.convo.text.Env;
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
  private static final List<String> QUOTES_SUBCOMMANDS = List.of("random", "list", "show");

  private Cli() {}

  /** The full command line, printing to {@code out} and {@code err}, in environment {@code env}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env) {
    return commandLine(out, err, env, SUBCOMMANDS, QUOTES_SUBCOMMANDS, true);
  }

  /**
   * The full command line as the REPL runs it, where commands are typed without the program's
   * name: its errors point to {@code topic --help}, not {@code convo topic --help}.
   */
  public static CommandLine replCommandLine(PrintWriter out, PrintWriter err, Env env) {
    return commandLine(out, err, env, SUBCOMMANDS, QUOTES_SUBCOMMANDS, false);
  }

  /**
   * The command line with only the subcommand {@code args} names (and, under {@code quotes}, only
   * the one below it), when it names one of the CLI's: building a command costs start-up time, and
   * a one-shot command needs only its own. Empty when {@code args} names none (no arguments, help,
   * a mistake, or a command added downstream), so that the caller builds the whole tree.
   */
  public static Optional<CommandLine> commandLineFor(String[] args, PrintWriter out, PrintWriter err,
      Env env) {
    int at = subcommandIndex(args);
    if (at == args.length || !SUBCOMMANDS.contains(args[at])) {
      return Optional.empty();
    }
    String name = args[at];
    // `quotes` alone runs `quotes random`.
    List<String> quotes = !name.equals("quotes") ? QUOTES_SUBCOMMANDS
        : at + 1 == args.length ? List.of(QuotesCommand.RANDOM)
        : QUOTES_SUBCOMMANDS.contains(args[at + 1]) ? List.of(args[at + 1])
        : QUOTES_SUBCOMMANDS;
    return Optional.of(commandLine(out, err, env, List.of(name), quotes, true));
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env,
      List<String> names, List<String> quotes, boolean named) {
    Errors errors = new Errors(named);
    CommandLine commandLine = new CommandLine(new ConvoCommand(env).spec());
    for (String name : names) {
      CommandLine subcommand = new CommandLine(subcommand(name));
      if (name.equals("quotes")) {
        for (String below : quotes) {
          subcommand.addSubcommand(below, new CommandLine(quotesSubcommand(below)));
        }
      }
      commandLine.addSubcommand(name, subcommand);
    }
    commandLine
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
    decorate(commandLine);
    return commandLine;
  }

  /**
   * Whether {@code args} hold nothing but global options ({@code --corpus FILE}, {@code --debug}):
   * no command, no help, and no {@code --corpus} still waiting for its file.
   */
  public static boolean onlyGlobalOptions(String[] args) {
    return pastGlobalOptions(args) == args.length;
  }

  /**
   * Where the subcommand's name is: the first word that is neither a global option nor the value
   * of {@code --corpus}; {@code args.length} when there is none.
   */
  private static int subcommandIndex(String[] args) {
    return Math.min(pastGlobalOptions(args), args.length);
  }

  /** The index after the global options {@code args} start with; past the end if a file is missing. */
  private static int pastGlobalOptions(String[] args) {
    int i = 0;
    while (i < args.length && (args[i].equals("--corpus") || args[i].startsWith("--corpus=")
        || args[i].equals("--debug"))) {
      i += args[i].equals("--corpus") ? 2 : 1;
    }
    return i;
  }

  /** A switch, not a map of constructor references: a first lambda costs start-up time. */
  private static CommandSpec subcommand(String name) {
    switch (name) {
      case "quotes":
        return new QuotesCommand().spec();
      case "topic":
        return new TopicCommand().spec();
      case "topics":
        return new TopicsCommand().spec();
      case "sections":
        return new SectionsCommand().spec();
      case "show":
        return new ShowCommand().spec();
      case "search":
        return new SearchCommand().spec();
      case "stats":
        return new StatsCommand().spec();
      case "ingest":
        return new IngestCommand().spec();
      default:
        throw new IllegalArgumentException("no subcommand " + name);
    }
  }

  private static CommandSpec quotesSubcommand(String name) {
    switch (name) {
      case "random":
        return new QuotesRandomCommand().spec();
      case "list":
        return new QuotesListCommand().spec();
      case "show":
        return new QuotesShowCommand().spec();
      default:
        throw new IllegalArgumentException("no subcommand quotes " + name);
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
