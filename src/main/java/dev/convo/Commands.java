package dev.convo;

import dev.convo.cli.Cli;
import dev.convo.cli.ConvoCommand;
import dev.convo.cli.HelpCommand;
import dev.convo.cli.IngestCommand;
import dev.convo.cli.LibraryAddCommand;
import dev.convo.cli.LibraryCommand;
import dev.convo.cli.LibraryListCommand;
import dev.convo.cli.LibraryRemoveCommand;
import dev.convo.cli.LibraryShowCommand;
import dev.convo.cli.QuotesCommand;
import dev.convo.cli.QuotesListCommand;
import dev.convo.cli.QuotesRandomCommand;
import dev.convo.cli.QuotesShowCommand;
import dev.convo.cli.SearchCommand;
import dev.convo.cli.SectionsCommand;
import dev.convo.cli.ShowCommand;
import dev.convo.cli.StatsCommand;
import dev.convo.cli.TopicCommand;
import dev.convo.cli.TopicsCommand;
import dev.convo.repl.ExitCommand;
import dev.convo.repl.MoreCommand;
import dev.convo.repl.NextCommand;
import dev.convo.repl.OpenCommand;
import dev.convo.repl.PrevCommand;
import dev.convo.repl.ReplCommand;
import dev.convo.repl.Session;
import dev.convo.repl.UseCommand;
import dev.convo.repl.WhereCommand;
import dev.convo.completion.CompletionCommand;
import dev.convo.manual.ManPageCommand;
import dev.convo.text.Env;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command table: every command convo has, in the order help lists them, with what each place
 * that builds commands needs to know of it. The one-shot path ({@link #commandLineFor}), the whole
 * tree ({@link #commandLine}), the REPL's tree ({@link #replTree}) and the start-up archive's
 * training ({@link ArchiveTraining}) all read it, and the completion scripts and the man page are
 * generated from the tree it builds: a new command is one line here, and a test proves that every
 * command in the tree is trained, completed, documented and reachable from the REPL.
 */
public enum Commands {
  QUOTES(null, "quotes", In.CLI),
  QUOTES_RANDOM(QUOTES, "random", In.RUN_ALONE,
      train("quotes", "random", "--format", "plain"),
      train("quotes", "random", "--format", "text", "--color", "always")),
  QUOTES_LIST(QUOTES, "list", 0, train("quotes", "list", "--format", "tsv")),
  QUOTES_SHOW(QUOTES, "show", 0, train("quotes", "show", "q1", "--format", "markdown")),
  TOPIC(null, "topic", In.CLI, train("topic", "gpt-5")),
  TOPICS(null, "topics", In.CLI, train("topics", "--format", "jsonl")),
  SECTIONS(null, "sections", In.CLI, train("sections")),
  SHOW(null, "show", In.CLI,
      train("show", "7"),
      train("show", "7:3-6", "--format", "text", "--color", "always")),
  SEARCH(null, "search", In.CLI,
      train("search", "计算能力"),
      train("search", "计算能力", "--format", "json")),
  STATS(null, "stats", In.CLI, train("stats")),
  /** Untrained: it reads and writes the user's files. */
  INGEST(null, "ingest", In.CLI | In.UNTRAINED),
  /** Untrained, with the commands below it: they read and write the user's library. */
  LIBRARY(null, "library", In.CLI | In.UNTRAINED),
  LIBRARY_ADD(LIBRARY, "add", In.UNTRAINED),
  LIBRARY_LIST(LIBRARY, "list", In.RUN_ALONE | In.UNTRAINED),
  LIBRARY_SHOW(LIBRARY, "show", In.UNTRAINED),
  LIBRARY_REMOVE(LIBRARY, "remove", In.UNTRAINED),
  COMPLETION(null, "completion", In.SHELL, train("completion", "bash")),
  /** Untrained: the build runs it, once. */
  MANPAGE(null, "manpage", In.SHELL | In.UNTRAINED),
  /** Trained in its script mode, reading the launcher's empty standard input. */
  REPL(null, "repl", In.SHELL, train("repl")),
  /** The REPL's own commands are untrained: they run once the REPL has started, not at start-up. */
  OPEN(null, "open", In.REPL | In.UNTRAINED),
  NEXT(null, "next", In.REPL | In.UNTRAINED),
  PREV(null, "prev", In.REPL | In.UNTRAINED),
  MORE(null, "more", In.REPL | In.UNTRAINED),
  WHERE(null, "where", In.REPL | In.UNTRAINED),
  USE(null, "use", In.REPL | In.UNTRAINED),
  EXIT(null, "exit", In.REPL | In.UNTRAINED),
  /** Last, as it helps with every command added before it. */
  HELP(null, "help", In.SHELL | In.REPL, train("help", "search"));

  /**
   * Where a command is, as bits: compile-time constants, so that reading them loads no class. A
   * command below another is where its parent is.
   */
  static final class In {
    /** The CLI's own: a one-shot run builds it alone; it is in the whole tree and the REPL's. */
    static final int CLI = 1;
    /** In the whole tree only, which it needs (help, completion) or starts from (the REPL). */
    static final int SHELL = 2;
    /** In the REPL's tree. */
    static final int REPL = 4;
    /** Left out of the start-up archive's training on purpose; the table says why. */
    static final int UNTRAINED = 8;
    /** The one below its parent that the parent runs when named alone ({@code quotes}). */
    static final int RUN_ALONE = 16;

    private In() {}
  }

  private final Commands parent;
  private final String word;
  private final int flags;
  private final String[][] training;

  Commands(Commands parent, String word, int flags, String[]... training) {
    this.parent = parent;
    this.word = word;
    this.flags = flags;
    this.training = training;
  }

  private static String[] train(String... line) {
    return line;
  }

  /** The command's name, as typed. */
  public String word() {
    return word;
  }

  /** The words that run it, after the program's name: {@code [quotes, random]}. */
  public List<String> path() {
    List<String> path = parent == null ? new ArrayList<>() : new ArrayList<>(parent.path());
    path.add(word());
    return path;
  }

  /** Whether the command is in a tree of {@code place} ({@link In#CLI}, {@link In#SHELL}, {@link In#REPL}). */
  private boolean in(int place) {
    if (parent != null) {
      return parent.in(place);
    }
    int where = (flags & In.CLI) != 0 ? In.CLI | In.SHELL | In.REPL : flags;
    return (where & place) != 0;
  }

  /** Whether the whole tree, the one the program runs when a command does not run alone, has it. */
  public boolean inWholeTree() {
    return in(In.SHELL);
  }

  /** Whether it is one of the CLI's own commands, which a one-shot run builds alone. */
  public boolean inCli() {
    return in(In.CLI);
  }

  /** Whether the REPL's tree has it. */
  public boolean inRepl() {
    return in(In.REPL);
  }

  /** Whether it is left out of the start-up archive's training on purpose. */
  public boolean untrained() {
    return (flags & In.UNTRAINED) != 0;
  }

  /** The command lines the start-up archive's training runs for it. */
  public List<String[]> training() {
    return List.of(training);
  }

  /**
   * A new instance of the command's model. {@code in} is what the REPL reads when it is not on a
   * terminal; {@code session} the REPL session its own commands read in (null elsewhere).
   */
  private CommandSpec spec(InputStream in, Session session) {
    // A switch rather than a constructor reference in each constant: a first lambda costs start-up time.
    return switch (name()) {
      case "QUOTES" -> new QuotesCommand().spec();
      case "QUOTES_RANDOM" -> new QuotesRandomCommand().spec();
      case "QUOTES_LIST" -> new QuotesListCommand().spec();
      case "QUOTES_SHOW" -> new QuotesShowCommand().spec();
      case "TOPIC" -> new TopicCommand().spec();
      case "TOPICS" -> new TopicsCommand().spec();
      case "SECTIONS" -> new SectionsCommand().spec();
      case "SHOW" -> new ShowCommand().spec();
      case "SEARCH" -> new SearchCommand().spec();
      case "STATS" -> new StatsCommand().spec();
      case "INGEST" -> new IngestCommand().spec();
      case "LIBRARY" -> new LibraryCommand().spec();
      case "LIBRARY_ADD" -> new LibraryAddCommand().spec();
      case "LIBRARY_LIST" -> new LibraryListCommand().spec();
      case "LIBRARY_SHOW" -> new LibraryShowCommand().spec();
      case "LIBRARY_REMOVE" -> new LibraryRemoveCommand().spec();
      case "COMPLETION" -> new CompletionCommand().spec();
      case "MANPAGE" -> new ManPageCommand().spec();
      case "REPL" -> new ReplCommand(in, Commands::replTree).spec();
      case "OPEN" -> new OpenCommand(session).spec();
      case "NEXT" -> new NextCommand(session).spec();
      case "PREV" -> new PrevCommand(session).spec();
      case "MORE" -> new MoreCommand(session).spec();
      case "WHERE" -> new WhereCommand(session).spec();
      case "USE" -> new UseCommand(session).spec();
      case "EXIT" -> new ExitCommand(session).spec();
      case "HELP" -> new HelpCommand().spec();
      default -> throw new IllegalArgumentException("no command " + name());
    };
  }

  /**
   * The command with the commands below it, each new; only the one named {@code onlyBelow} when
   * that is not null.
   */
  private CommandLine build(InputStream in, Session session, String onlyBelow) {
    CommandLine commandLine = Cli.of(spec(in, session));
    for (Commands below : values()) {
      if (below.parent == this && (onlyBelow == null || below.word.equals(onlyBelow))) {
        commandLine.addSubcommand(below.word, below.build(in, session, null));
      }
    }
    return commandLine;
  }

  private static List<CommandLine> build(int place, InputStream in, Session session) {
    List<CommandLine> commands = new ArrayList<>();
    for (Commands command : values()) {
      if (command.parent == null && command.in(place)) {
        commands.add(command.build(in, session, null));
      }
    }
    return commands;
  }

  /**
   * The whole command tree: the CLI's commands, the shell integration and the REPL built over them
   * (the REPL reading {@code in} when it is not on a terminal), and help about them all. The
   * completion scripts and the man page are generated from this very tree.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env, InputStream in) {
    return Cli.commandLine(new ConvoCommand(env), build(In.SHELL, in, null), out, err, true);
  }

  /** The CLI's own commands, those that run alone, as a shell runs them. */
  public static CommandLine cli(PrintWriter out, PrintWriter err, Env env) {
    return Cli.commandLine(new ConvoCommand(env), build(In.CLI, null, null), out, err, true);
  }

  /**
   * The tree a REPL session runs each line in: the CLI's commands and the REPL's own, typed without
   * the program's name, so that errors point to {@code topic --help}, not {@code convo topic --help}.
   */
  public static CommandLine replTree(PrintWriter out, PrintWriter err, Env env, Session session) {
    return Cli.commandLine(new ConvoCommand(env), build(In.REPL, null, session), out, err, false);
  }

  /**
   * The command line with only what {@code args} need, when that is less than the whole tree:
   * building a command costs start-up time. A command of the CLI's gets only itself (and below it
   * only the one the next word names, or the one it runs alone); the version, the root alone. Empty
   * when {@code args} need the whole tree (no arguments, help, a mistake, or a command that reads
   * the whole tree), so that the caller builds it. Help is left to the whole tree: it lists every
   * command without a parent, and the few below them were not worth a path of their own.
   */
  public static Optional<CommandLine> commandLineFor(String[] args, PrintWriter out, PrintWriter err,
      Env env) {
    ConvoCommand root = new ConvoCommand(env);
    int at = Cli.subcommandIndex(root.spec(), args);
    if (at == args.length) {
      return Optional.empty();
    }
    String next = at + 1 == args.length ? null : args[at + 1];
    OptionSpec option = next == null ? root.spec().findOption(args[at]) : null;
    if (option != null && option.versionHelp()) {
      return Optional.of(Cli.commandLine(root, List.of(), out, err, true));
    }
    Commands named = top(args[at]);
    if (named == null || !named.in(In.CLI)) {
      return Optional.empty();
    }
    CommandLine command = named.build(null, null, named.below(next));
    return Optional.of(Cli.commandLine(root, List.of(command), out, err, true));
  }

  /**
   * The word of the command below this one that a one-shot run of {@code this next…} needs alone:
   * the one {@code next} names, or with nothing after this one, the one it runs alone. Null when it
   * needs them all (an option, a mistake) or there are none.
   */
  private String below(String next) {
    for (Commands below : values()) {
      if (below.parent == this && (next == null ? (below.flags & In.RUN_ALONE) != 0 : below.word.equals(next))) {
        return below.word;
      }
    }
    return null;
  }

  /** The command without a parent that {@code word} names, or null. */
  private static Commands top(String word) {
    for (Commands command : values()) {
      if (command.parent == null && command.word.equals(word)) {
        return command;
      }
    }
    return null;
  }
}
