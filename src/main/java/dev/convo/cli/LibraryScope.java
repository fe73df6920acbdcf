package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.library.Library;
import dev.convo.query.SearchQuery;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The conversations a command reads: those named with {@code --in}; else, when the library holds
 * more than the bundled interview, the one in use ({@link ConvoCommand#inUse}) or every one; else, as when a corpus file is given,
 * the root's one corpus ({@link #single}). Finding that the library holds nothing added looks at
 * its directory alone, loading no class of the library: a command over the bundled interview
 * costs what it cost before there was a library. (What may fail in the library is caught in
 * {@link LibraryCommand}: a handler here would load the library's exception with this class.)
 */
record LibraryScope(Library library, List<String> names) {
  /** The scope of the root's corpus alone, with unqualified ids, as before the library. */
  static final LibraryScope SINGLE = new LibraryScope(null, List.of());

  static LibraryScope of(ConvoCommand root, List<String> in) {
    if (root.corpusGiven()) {
      if (!in.isEmpty()) {
        throw new ConvoException(ExitCode.USAGE, "--in and --corpus cannot be combined: --corpus names"
            + " the one corpus to read");
      }
      return SINGLE;
    }
    if (in.isEmpty() && !holdsAdded(root.env().dataHome())) {
      return SINGLE;
    }
    List<String> chosen = in.isEmpty() && root.inUse() != null ? List.of(root.inUse()) : in;
    Library library = LibraryCommand.open(root);
    return new LibraryScope(library, LibraryCommand.names(library, chosen));
  }

  /** The option {@code --in NAME}, repeatable, that chooses conversations; {@code does} what with one. */
  static OptionSpec in(String does) {
    return OptionSpec.builder("--in").type(List.class).auxiliaryTypes(String.class)
        .paramLabel("NAME").initialValue(new ArrayList<String>())
        .description(does + " this conversation of the library (repeatable; default: all of them).")
        .build();
  }

  /** Whether {@link #SINGLE}: the root's corpus alone. */
  boolean single() {
    return library == null;
  }

  /** Whether ids are qualified by conversation: more than one is in play. */
  boolean qualified() {
    return names.size() > 1;
  }

  Corpus corpus(String name) {
    return LibraryCommand.corpus(library, name);
  }

  int quoteCount(String name) {
    return LibraryCommand.quoteCount(library, name);
  }

  Library.Drawn quotes(String name, int[] ordinals) {
    return LibraryCommand.quotes(library, name, ordinals);
  }

  /** What searching conversation {@code name} for {@code query} reads ({@link Library#candidates}). */
  Library.Candidates candidates(String name, SearchQuery query) {
    return LibraryCommand.candidates(library, name, query);
  }

  /** Whether the library under {@code dataHome} holds a corpus file besides the bundled one's name. */
  private static boolean holdsAdded(Path dataHome) {
    if (dataHome == null) {
      return false;
    }
    Path directory = dataHome.resolve(Library.PLACE);
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.endsWith(Library.CORPUS) && !name.equals(Library.BUNDLED + Library.CORPUS)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }
}
