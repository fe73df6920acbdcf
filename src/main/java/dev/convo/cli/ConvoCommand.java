package dev.convo.cli;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusException;
import dev.convo.corpus.CorpusReader;
import dev.convo.corpus.Turn;
import dev.convo.text.Env;
import dev.convo.text.StartupTrace;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The root command. It owns what every subcommand shares: the environment, the global options
 * ({@code --corpus}, {@code --debug}, accepted before or after the subcommand) and the corpus,
 * loaded at most once, and the version every command prints. Subcommands reach it through
 * {@link #of(CommandSpec)}.
 */
public final class ConvoCommand implements Callable<Integer>, IVersionProvider {
  public static final String CORPUS_VARIABLE = "CONVO_CORPUS";
  public static final String DEBUG_VARIABLE = "CONVO_DEBUG";

  private final OptionSpec corpusFile = OptionSpec.builder("--corpus").type(Path.class)
      .paramLabel("FILE").scopeType(ScopeType.INHERIT)
      .description("Read this corpus (same schema as the bundled one) instead of the bundled"
          + " interview; default: $" + CORPUS_VARIABLE + " if set.")
      .build();
  private final OptionSpec debug = OptionSpec.builder("--debug").type(boolean.class)
      .initialValue(false).scopeType(ScopeType.INHERIT)
      .description("Print a stack trace with internal errors (also: " + DEBUG_VARIABLE + "=1).")
      .build();
  private final CommandSpec spec = CommandBuilder.command(this, "convo")
      .standardHelpOptions()
      .description("Explore Lex Fridman's 2024 interview with Sam Altman (Chinese translation).")
      .add(corpusFile, debug)
      .example("convo quotes random", "a quote, attributed")
      .example("convo topic gpt-5", "what was said about GPT-5")
      .example("convo search 核聚变 --json", "turns about fusion, as JSON")
      .example("convo show 7:3-6", "turns 3 to 6 of section 7")
      .build();
  private final Env env;
  private String loadedFrom;
  private Corpus loaded;
  private Consumer<Turn> printed;
  private Consumer<Searched> searched;
  /** The conversation of the library commands are narrowed to (the REPL's use), or null. */
  private String inUse;
  private Corpus inUseCorpus;

  /**
   * A turn a search found, in {@code corpus}, the corpus of conversation {@code conversation} of
   * the library (null: the corpus read alone).
   */
  public record Found(String conversation, Corpus corpus, Turn turn) {}

  /**
   * A search that found {@code hits}, in the order printed, for {@code query} as typed; their ids
   * were printed {@code qualified} by their conversation.
   */
  public record Searched(String query, List<Found> hits, boolean qualified) {
    public Searched {
      hits = List.copyOf(hits);
    }
  }

  public ConvoCommand(Env env) {
    this.env = env;
  }

  /** The root command of the tree {@code spec} belongs to. */
  public static ConvoCommand of(CommandSpec spec) {
    return (ConvoCommand) spec.root().userObject();
  }

  public Env env() {
    return env;
  }

  public CommandSpec spec() {
    return spec;
  }

  /**
   * Tells {@code listener} of every turn a command prints, as soon as it has been printed whole:
   * the REPL reads on from there, even when Ctrl-C stops a command halfway.
   */
  public void followPrinting(Consumer<Turn> listener) {
    printed = listener;
  }

  Consumer<Turn> printed() {
    return printed;
  }

  /** Tells {@code listener} of every search run and what it found: the REPL steps through the hits. */
  public void followSearches(Consumer<Searched> listener) {
    searched = listener;
  }

  /** Whether anyone steps through the hits of searches: only then do they need their whole corpora. */
  boolean followsSearches() {
    return searched != null;
  }

  void searched(Searched search) {
    if (searched != null) {
      searched.accept(search);
    }
  }

  /**
   * Narrows the commands run after this to conversation {@code name} of the library, whose corpus
   * is {@code corpus}: where no {@code --in} is given they read it as if it were, and a bare id
   * means its turn or quote. Null widens them to the whole library again.
   */
  public void use(String name, Corpus corpus) {
    inUse = name;
    inUseCorpus = name == null ? null : corpus;
  }

  /** The conversation commands are narrowed to, or null. */
  public String inUse() {
    return inUse;
  }

  public boolean debug() {
    return (boolean) debug.getValue() || "1".equals(env.get(DEBUG_VARIABLE));
  }

  /** Whether a corpus file is given, by option or variable: then it is the one corpus read. */
  public boolean corpusGiven() {
    return corpusFile.getValue() != null || env.isSet(CORPUS_VARIABLE);
  }

  /**
   * The corpus this invocation reads: the conversation in use, if any; else a file given by option
   * or variable, read once and kept; else the bundled interview.
   */
  public Corpus corpus() {
    if (inUse != null) {
      return inUseCorpus;
    }
    Path option = corpusFile.getValue();
    String file = option != null ? option.toString()
        : env.isSet(CORPUS_VARIABLE) ? env.get(CORPUS_VARIABLE)
        : null;
    if (file == null) {
      return BundledCorpus.get();
    }
    if (!file.equals(loadedFrom)) {
      loaded = read(file);
      loadedFrom = file;
    }
    return loaded;
  }

  private static Corpus read(String file) {
    long started = StartupTrace.corpusStarts();
    try {
      return CorpusReader.read(Path.of(file));
    } catch (CorpusException e) {
      throw new ConvoException(ExitCode.USAGE, e.getMessage());
    } catch (InvalidPathException e) {
      throw new ConvoException(ExitCode.USAGE, "not a file name: " + file);
    } finally {
      StartupTrace.corpusRead(started);
    }
  }

  @Override
  public String[] getVersion() {
    String version = ConvoCommand.class.getPackage().getImplementationVersion();
    return new String[] {"convo " + (version == null ? "development build" : version)};
  }

  /** Without a subcommand there is nothing to do: say what there is, as grep does, and fail. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
