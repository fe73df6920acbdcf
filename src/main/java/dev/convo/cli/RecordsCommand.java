package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.QueryException;
import dev.convo.render.Renderer;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that finds something in the corpus and prints it as records, in the format its output
 * options decide ({@code --format}, {@code --color}, …). What every such command does alike lives
 * here: the output options and help options, loading the corpus, opening the output and closing it.
 * A command says only what is its own: its help and options ({@link #declare}), what it finds
 * ({@link #find}) and how that is printed ({@link #print}).
 *
 * <p>Finding comes before the output is opened, so that a failure (an unknown name, nothing
 * matching) is reported before anything is printed or paged.
 *
 * @param <T> what the command finds and prints
 */
public abstract class RecordsCommand<T> implements Callable<Integer> {
  private final String name;
  private final OutputOptions output = new OutputOptions();
  private CommandSpec spec;

  protected RecordsCommand(String name) {
    this.name = name;
  }

  /**
   * The command's model, declared on first use: {@link #declare} reads the subclass's option
   * fields, which are set only once the subclass's constructor has run.
   */
  public final CommandSpec spec() {
    if (spec == null) {
      spec = declare(CommandBuilder.command(this, name).add(output)).standardHelpOptions().build();
    }
    return spec;
  }

  /** Adds the command's description, examples and own options to {@code command}. */
  protected abstract CommandBuilder declare(CommandBuilder command);

  /** Checks the options against one another, before the corpus is read; a bad combination throws. */
  protected void check() {}

  /** What to print, found in {@code corpus}; a failure the user can act on throws. */
  protected abstract T find(Corpus corpus) throws QueryException;

  /** Prints {@code found}. */
  protected abstract void print(Renderer renderer, T found);

  /**
   * {@link #print(Renderer, Object)} as a function, for {@link PerConversation#print}: a class, not a
   * method reference, since the first lambda of a process costs a one-shot command milliseconds.
   */
  protected final BiConsumer<Renderer, T> printer() {
    return new BiConsumer<Renderer, T>() {
      @Override
      public void accept(Renderer renderer, T found) {
        print(renderer, found);
      }
    };
  }

  /**
   * Prints {@code found}, found in {@code corpus}, to {@code out}: through one renderer of that
   * corpus, unless the command prints from several.
   */
  protected void print(Output out, Corpus corpus, T found) {
    print(out.renderer(corpus), found);
  }

  /** The exit status once {@code found} has been printed. */
  protected int printed(T found) {
    return ExitCode.OK;
  }

  /** The root of the tree this command is in: the environment and the corpus. */
  protected final ConvoCommand root() {
    return ConvoCommand.of(spec());
  }

  protected final OutputOptions output() {
    return output;
  }

  @Override
  public final Integer call() throws QueryException {
    check();
    Corpus corpus = root().corpus();
    T found = find(corpus);
    try (Output out = output.open()) {
      print(out, corpus, found);
    }
    return printed(found);
  }
}
