package dev.convo.repl;

import dev.convo.cli.ConvoCommand;
import dev.convo.cli.ConvoException;
import dev.convo.cli.ExitCode;
import dev.convo.library.Library;
import dev.convo.library.LibraryException;
import dev.convo.text.Env;
import dev.convo.text.Escape;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.render.Format;
import dev.convo.render.Palette;
import dev.convo.render.Renderer;
import dev.convo.render.Sink;
import dev.convo.render.View;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;

/**
 * One REPL session: the CLI's own command tree, with the REPL's commands added beside the CLI's,
 * built once and run for every line (picocli resets every option before each parse), plus what
 * lasts between lines: the conversation in use, the reading position and whether to leave.
 */
public final class Session {
  /** The status of a command stopped by Ctrl-C: 128 + SIGINT, as in a shell. */
  static final int INTERRUPTED = 130;
  /** The commands after which {@code next} still steps through a search's hits. */
  private static final Set<String> STEPS_THROUGH_HITS = Set.of("next", "prev", "where", "more", "help");
  /** Without a terminal to fill, {@code more} reads this many turns. */
  static final int PAGE_TURNS = 5;

  private final CommandLine tree;
  private final ConvoCommand root;
  private final Reading reading;
  private boolean leaving;
  /** The last turn the command running has printed whole, if any. */
  private Turn printed;
  /** The search the command running has made, if any. */
  private ConvoCommand.Searched searched;

  /**
   * A session printing to {@code out} and {@code err} in {@code env} (see {@link #replEnv}), running
   * each line in the tree {@code commands} builds.
   */
  Session(PrintWriter out, PrintWriter err, Env env, ReplTree commands) {
    this.tree = commands.build(out, err, env, this);
    IExecutionExceptionHandler handler = tree.getExecutionExceptionHandler();
    // Output that Ctrl-C interrupted ends the command quietly, as a shell's would.
    tree.setExecutionExceptionHandler((e, commandLine, parsed) ->
        e instanceof InterruptibleWriter.Interrupted
            ? INTERRUPTED
            : handler.handleExecutionException(e, commandLine, parsed));
    this.root = ConvoCommand.of(tree.getCommandSpec());
    root.followPrinting(turn -> printed = turn);
    root.followSearches(search -> searched = search);
    this.reading = new Reading(home());
  }

  /**
   * The environment the REPL's commands run in: the CLI's, except that nothing is paged (the REPL
   * reads on with next and more) and a corpus chosen with {@code --corpus} on the way in stays chosen.
   */
  static Env replEnv(Env outer, String corpusFile, boolean terminal, Supplier<Env.Size> size) {
    Map<String, String> variables = new HashMap<>(outer.variables());
    variables.put("PAGER", "");
    if (corpusFile != null) {
      variables.put(ConvoCommand.CORPUS_VARIABLE, corpusFile);
    }
    return new Env(variables, terminal, outer.interactive(), size, outer.today(), outer.pager());
  }

  CommandLine tree() {
    return tree;
  }

  /** The session's own corpus: the conversation in use, else the bundled interview or the corpus given. */
  Corpus corpus() {
    return root.corpus();
  }

  /** Where bare ids point and reading starts: the session's own corpus. */
  Place home() {
    return Place.home(root.corpus());
  }

  /** The conversation in use, or null when the session reads the whole library. */
  String inUse() {
    return root.inUse();
  }

  /** Whether the session reads a corpus given with --corpus alone, leaving the library out. */
  boolean libraryLeftOut() {
    return root.corpusGiven();
  }

  /**
   * Narrows the session to conversation {@code name} of the library, or with null widens it again.
   * Reading stays where it is in a conversation still to be read; narrowed to another conversation,
   * it starts over there.
   */
  void use(String name) {
    if (name != null && libraryLeftOut()) {
      throw new ConvoException(ExitCode.USAGE, "the REPL reads only the corpus --corpus names:"
          + " the library is left out");
    }
    Corpus corpus = name == null ? null : library(name);
    String was = conversationOf(reading.place());
    Optional<Turn> current = reading.current();
    root.use(name, corpus);
    if (current.isEmpty()) {
      reading.restart(home());
    } else if (name != null && name.equals(was)) {
      reading.moveTo(new Reading.Spot(home(), current.get()));
    } else if (name != null) {
      reading.restart(home());
    } else if (reading.place().conversation() == null && !Library.BUNDLED.equals(was)) {
      // The conversation read in is no longer the session's own: its ids now name it.
      reading.moveTo(new Reading.Spot(new Place(was, reading.place().corpus(), true), current.get()));
    }
  }

  /** Conversation {@code name} of the library, its ids qualified: reached by a qualified id. */
  Place conversation(String name) {
    if (libraryLeftOut()) {
      throw new ConvoException(ExitCode.USAGE, "'" + Escape.line(name) + "/…' names a conversation of the"
          + " library, which --corpus leaves out: --corpus names the one corpus to read");
    }
    return new Place(name, library(name), true);
  }

  private Corpus library(String name) {
    try {
      return Library.of(root.env()).corpus(name);
    } catch (LibraryException e) {
      throw new ConvoException(ExitCode.USAGE, e.getMessage());
    }
  }

  /** The name of the conversation of {@code place}; null for a corpus given with --corpus. */
  String conversationOf(Place place) {
    if (place.conversation() != null) {
      return place.conversation();
    }
    return root.inUse() != null ? root.inUse() : root.corpusGiven() ? null : Library.BUNDLED;
  }

  /**
   * The name of the conversation reading is in, where it is worth saying: when the session is
   * narrowed to one, or reading is in another than the bundled interview; else null.
   */
  String shownConversation() {
    String name = conversationOf(reading.place());
    return name != null && (root.inUse() != null || !name.equals(Library.BUNDLED)) ? name : null;
  }

  String prompt() {
    return Banner.prompt(reading, shownConversation());
  }

  Reading reading() {
    return reading;
  }

  boolean leaving() {
    return leaving;
  }

  void leave() {
    leaving = true;
  }

  /**
   * Runs one command line already split into words and returns its exit status. Reading goes on
   * after what the command printed; when Ctrl-C stopped it, after the last turn it printed whole.
   */
  int run(List<String> words) {
    printed = null;
    searched = null;
    // A line copied from a shell, `convo show 7:1`, means here what it means there.
    List<String> command = words.size() > 1 && words.get(0).equals("convo") ? words.subList(1, words.size()) : words;
    int status;
    try {
      status = tree.execute(command.toArray(String[]::new));
      tree.getOut().flush();
      tree.getErr().flush();
    } catch (InterruptibleWriter.Interrupted e) {
      // Ctrl-C came as picocli was reporting an error, or once the command was done printing.
      status = INTERRUPTED;
    }
    if (searched != null) {
      reading.searched(searched.query(), searched.hits().stream().map(found -> new Reading.Spot(
          found.conversation() == null ? Place.home(found.corpus())
              : new Place(found.conversation(), found.corpus(), searched.qualified()),
          found.turn())).toList());
    } else if (status == 0 && !STEPS_THROUGH_HITS.contains(commandName())) {
      reading.endSearch();
    }
    if (status == 0) {
      Optional<Reading.Spot> after = Follow.afterCommand(tree.getParseResult(), this);
      if (after.isPresent()) {
        reading.endSearch();
        reading.moveTo(after.get());
      }
    } else if (status == INTERRUPTED && printed != null) {
      Place place = Follow.afterCommand(tree.getParseResult(), this).map(Reading.Spot::place).orElse(reading.place());
      if (place.corpus().turns().contains(printed)) {
        reading.moveTo(new Reading.Spot(place, printed));
      }
    }
    return status;
  }

  private String commandName() {
    CommandLine.ParseResult parsed = tree.getParseResult();
    return parsed == null || parsed.subcommand() == null ? "" : parsed.subcommand().commandSpec().name();
  }

  /** The section of the current turn, or null before anything is read. */
  String currentSection() {
    return reading.current().map(Turn::section).orElse(null);
  }

  /**
   * The first of {@code following} that, read on from the current turn in text as wide as
   * {@code width} says, fill the terminal with the prompt still in view (always at least one), or
   * {@link #PAGE_TURNS} of them without a terminal.
   */
  List<Turn> page(List<Turn> following, Env env, IntSupplier width) {
    if (!env.terminal()) {
      return following.subList(0, Math.min(PAGE_TURNS, following.size()));
    }
    int columns = width.getAsInt();
    int room = env.rows() - 1;
    int count = 1;
    while (count < following.size() && lines(following.subList(0, count + 1), columns) <= room) {
      count++;
    }
    return following.subList(0, count);
  }

  private long lines(List<Turn> turns, int width) {
    StringWriter buffer = new StringWriter();
    Renderer.of(Format.TEXT, new View(reading.place().corpus(), Palette.none(), width), new Sink(new PrintWriter(buffer)))
        .turnsAfter(currentSection(), turns);
    return buffer.toString().lines().count();
  }
}
