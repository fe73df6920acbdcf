package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.library.Library;
import dev.convo.query.SearchQuery;
import dev.convo.library.LibraryException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code library}: the reader's conversations, kept under {@code $XDG_DATA_HOME/convo/library}.
 * Alone, it lists them. Its subcommands open the library through {@link #open} and report its
 * failures through {@link #failed}, so that each says what went wrong the same way.
 */
public final class LibraryCommand implements Callable<Integer> {
  static final String LIST = "list";

  private final CommandSpec spec = CommandBuilder.command(this, "library")
      .standardHelpOptions()
      .description("The conversations you keep: the bundled interview (" + Library.BUNDLED
              + ") and the transcripts you add.",
          "Kept in $XDG_DATA_HOME/convo/library,",
          "by default ~/.local/share/convo/library.",
          "Alone, it lists them, as library list does. quotes random and search read them all.")
      .example("convo library add transcript.md --name fusion", "a transcript, as 'fusion'")
      .example("convo library list")
      .example("convo library show fusion")
      .example("convo library remove fusion")
      .build();

  public CommandSpec spec() {
    return spec;
  }

  /** Alone, the list: what someone typing just {@code library} most likely wants. */
  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get(LIST).execute();
  }

  /** The library of the environment {@code root} runs in. */
  static Library open(ConvoCommand root) {
    try {
      return Library.of(root.env());
    } catch (LibraryException e) {
      throw failed(e);
    }
  }

  /** The conversations {@code in} names, each checked to be in {@code library}; every one when none. */
  static List<String> names(Library library, List<String> in) {
    try {
      if (in.isEmpty()) {
        return library.names();
      }
      List<String> names = List.copyOf(new LinkedHashSet<>(in));
      for (String name : names) {
        library.show(name);
      }
      return names;
    } catch (LibraryException e) {
      throw failed(e);
    }
  }

  static Corpus corpus(Library library, String name) {
    try {
      return library.corpus(name);
    } catch (LibraryException e) {
      throw failed(e);
    }
  }

  static Library.Candidates candidates(Library library, String name, SearchQuery query) {
    try {
      return library.candidates(name, query);
    } catch (LibraryException e) {
      throw failed(e);
    }
  }

  static int quoteCount(Library library, String name) {
    try {
      return library.quoteCount(name);
    } catch (LibraryException e) {
      throw failed(e);
    }
  }

  static Library.Drawn quotes(Library library, String name, int[] ordinals) {
    try {
      return library.quotes(name, ordinals);
    } catch (LibraryException e) {
      throw failed(e);
    }
  }

  /** What the library could not do, as a usage error: a name, a file or the directory was wrong. */
  static ConvoException failed(LibraryException e) {
    return new ConvoException(ExitCode.USAGE, e.getMessage());
  }
}
