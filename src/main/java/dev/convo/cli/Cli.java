package dev.convo.cli;

import dev.convo.text.Env;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * Puts a command tree together under convo's root: the error handlers, the writers, the version
 * and the exit-code list every command shows. Which commands there are is the command table's to
 * say ({@code dev.convo.Commands}); the program, the tests, the REPL and the completion generator
 * all build their trees from it, so that they see exactly the same commands.
 */
public final class Cli {
  /**
   * The types of picocli's built-in converters that no option of convo takes: java.sql's and
   * java.time's. Picocli looks each of them up by reflection in every command line it makes, which
   * was most of the cost of a command line; its system property {@code picocli.converters.excludes}
   * leaves them out. {@code ConvertersTest} fails if an option of any tree takes one of them.
   * Their names are spelled out: a regular expression with a character class or a dot is built
   * from lambdas, and the first lambda of a process costs a command line milliseconds more than
   * all the rest of this expression.
   */
  public static final String UNUSED_CONVERTERS = "java\\.sql\\.(Time|Timestamp|Connection|Driver)"
      + "|java\\.time\\.(Duration|Instant|LocalDate|LocalDateTime|LocalTime|MonthDay|OffsetDateTime"
      + "|OffsetTime|Period|Year|YearMonth|ZonedDateTime|ZoneId|ZoneOffset)";
  private static final Map<String, String> EXIT_CODES = exitCodes();

  static {
    // Set here, before the first command line, rather than by the launcher: java -jar, the tests
    // and the start-up archive's training then build exactly what the launcher does.
    System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
  }

  private Cli() {}

  /**
   * A new command line of {@code spec} without subcommands. Every command line convo makes is made
   * here, after picocli has been told which built-in converters to leave out.
   */
  public static CommandLine of(CommandSpec spec) {
    return new CommandLine(spec);
  }

  /**
   * The command line of {@code root} with {@code subcommands} under it, printing to {@code out} and
   * {@code err}. {@code named}: commands are typed after the program's name, as in a shell, and
   * errors point to {@code convo topic --help}; in the REPL, to {@code topic --help}.
   */
  public static CommandLine commandLine(ConvoCommand root, List<CommandLine> subcommands,
      PrintWriter out, PrintWriter err, boolean named) {
    Errors errors = new Errors(named);
    CommandLine commandLine = of(root.spec());
    for (CommandLine subcommand : subcommands) {
      commandLine.addSubcommand(subcommand);
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
  public static boolean onlyGlobalOptions(CommandSpec root, String[] args) {
    return pastGlobalOptions(root, args) == args.length;
  }

  /**
   * Where the subcommand's name is: the first word that is neither a global option nor the value
   * of one; {@code args.length} when there is none.
   */
  public static int subcommandIndex(CommandSpec root, String[] args) {
    return Math.min(pastGlobalOptions(root, args), args.length);
  }

  /**
   * The index after the global options {@code args} start with; past the end if a value is missing.
   * The global options are those of {@code root} that every subcommand inherits.
   */
  private static int pastGlobalOptions(CommandSpec root, String[] args) {
    int i = 0;
    while (i < args.length) {
      OptionSpec option = global(root, args[i]);
      if (option == null) {
        return i;
      }
      boolean separateValue = option.arity().max() > 0 && args[i].indexOf('=') < 0;
      i += separateValue ? 2 : 1;
    }
    return i;
  }

  /** The global option {@code arg} is, as {@code --corpus}, {@code --corpus=FILE} or {@code --debug}; else null. */
  private static OptionSpec global(CommandSpec root, String arg) {
    for (OptionSpec option : root.options()) {
      if (option.scopeType() != ScopeType.INHERIT) {
        continue;
      }
      for (String name : option.names()) {
        boolean takesValue = option.arity().max() > 0;
        if (arg.equals(name) || (takesValue && arg.startsWith(name + "="))) {
          return option;
        }
      }
    }
    return null;
  }

  /**
   * Gives every command the version and the exit-code list, including commands added later with
   * {@code addSubcommand} if they call this again.
   */
  public static void decorate(CommandLine commandLine) {
    CommandSpec spec = commandLine.getCommandSpec();
    spec.versionProvider(ConvoCommand.of(spec));
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
