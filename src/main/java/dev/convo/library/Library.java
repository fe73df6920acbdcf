package dev.convo.library;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusException;
import dev.convo.corpus.CorpusReader;
import dev.convo.ingest.AtomicFile;
import dev.convo.ingest.Ingest;
import dev.convo.ingest.IngestException;
import dev.convo.ingest.TranscriptFormat;
import dev.convo.query.Conversation;
import dev.convo.text.Env;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The conversations a reader keeps: the bundled interview, always there as {@value #BUNDLED}, and
 * those added, each a corpus file {@code NAME.json} with its search index {@code NAME.index} in
 * {@code ${XDG_DATA_HOME:-~/.local/share}/convo/library/}. Adding and removing hold the lock file
 * {@code .lock}, so that two at once, in one process or two, each land or fail whole; a corpus is
 * written to a temporary file, forced to the disk and renamed into place, and its index before it,
 * so that a failed add leaves nothing behind.
 */
public final class Library {
  /** The bundled interview's name, which no added conversation may take. */
  public static final String BUNDLED = "altman-2024";
  /**
   * The library's directory under the user's data directory. A constant, as {@link #BUNDLED} and
   * {@link #CORPUS} are, so that a command can look for added conversations without loading this class.
   */
  public static final String PLACE = "convo/library";
  /** The extension of a conversation's corpus file. */
  public static final String CORPUS = ".json";
  private static final String INDEX = ".index";
  /** Threads of one process share the file lock, which the JVM lets only one of them hold. */
  private static final Object IN_PROCESS = new Object();

  private final Path directory;

  public Library(Path directory) {
    this.directory = directory;
  }

  /** The library of {@code env}: under XDG_DATA_HOME when that is an absolute path, else under HOME. */
  public static Library of(Env env) throws LibraryException {
    Path data = env.dataHome();
    if (data == null) {
      throw new LibraryException("no library: neither XDG_DATA_HOME nor HOME is set");
    }
    return new Library(data.resolve(PLACE));
  }

  public Path directory() {
    return directory;
  }

  /**
   * Adds the conversation in {@code file}: a corpus JSON file (by its {@code .json} extension),
   * checked as {@code --corpus} checks one, or else a transcript, ingested as {@code format} (null:
   * recognised). Its name is {@code name}, or when that is null derived from its title or file.
   */
  public Conversation add(Path file, String name, TranscriptFormat format) throws LibraryException {
    Corpus corpus = read(file, format);
    String chosen = name != null ? name : Names.derive(corpus.metadata().title(), file);
    if (chosen == null) {
      throw new LibraryException(file + ": no name can be made from its title or file name; give one with --name");
    }
    checkName(chosen);
    if (chosen.equals(BUNDLED)) {
      throw new LibraryException("'" + BUNDLED + "' is the bundled interview's name; choose another with --name");
    }
    Path target = corpusFile(chosen);
    Path index = directory.resolve(chosen + INDEX);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new LibraryException(directory + ": cannot create the library (" + describe(e) + ")");
    }
    locked(() -> {
      if (Files.exists(target)) {
        throw new LibraryException("'" + chosen + "' is already in the library; remove it first,"
            + " or choose another name with --name");
      }
      try {
        AtomicFile.write(index, out -> out.write(TurnIndex.build(corpus, new TurnIndex.Stamp(0, 0))));
        AtomicFile.write(corpus, target);
        restamp(corpus, target, index);
      } catch (IOException e) {
        deleteQuietly(index);
        deleteQuietly(target);
        throw new LibraryException(target + ": cannot write (" + describe(e) + ")");
      }
    });
    return summary(corpus, chosen, false);
  }

  /** Every conversation, the bundled one first, then the others by name. */
  public List<Conversation> list() throws LibraryException {
    List<Conversation> all = new ArrayList<>();
    all.add(summary(BundledCorpus.get(), BUNDLED, true));
    for (String name : names()) {
      all.add(index(name).summary());
    }
    return all;
  }

  /** The conversation {@code name}, as {@link #list} describes it. */
  public Conversation show(String name) throws LibraryException {
    if (name.equals(BUNDLED)) {
      return summary(BundledCorpus.get(), BUNDLED, true);
    }
    return index(existing(name)).summary();
  }

  /**
   * The turns of the conversations {@code names} (every one when empty) whose folded text holds
   * every one of {@code terms}, read from their indexes: by conversation in the order given, then in
   * reading order.
   */
  public List<FoundTurn> find(List<String> terms, List<String> names) throws LibraryException {
    List<String> chosen = new ArrayList<>(names);
    if (chosen.isEmpty()) {
      chosen.add(BUNDLED);
      chosen.addAll(names());
    }
    List<FoundTurn> found = new ArrayList<>();
    for (String name : chosen) {
      for (TurnIndex.Found turn : index(name.equals(BUNDLED) ? name : existing(name)).find(terms)) {
        found.add(new FoundTurn(name, turn.turn(), turn.section(), turn.speaker(), turn.paragraphs()));
      }
    }
    return found;
  }

  /** The corpus of conversation {@code name}. */
  public Corpus corpus(String name) throws LibraryException {
    if (name.equals(BUNDLED)) {
      return BundledCorpus.get();
    }
    try {
      return CorpusReader.read(corpusFile(existing(name)));
    } catch (CorpusException e) {
      throw new LibraryException(e.getMessage());
    }
  }

  public void remove(String name) throws LibraryException {
    if (name.equals(BUNDLED)) {
      throw new LibraryException("'" + BUNDLED + "' is the bundled interview, which cannot be removed");
    }
    existing(name);
    locked(() -> {
      try {
        if (!Files.deleteIfExists(corpusFile(name))) {
          throw new LibraryException("no conversation named '" + name + "' in the library");
        }
        Files.deleteIfExists(directory.resolve(name + INDEX));
      } catch (IOException e) {
        throw new LibraryException(corpusFile(name) + ": cannot remove (" + describe(e) + ")");
      }
    });
  }

  private interface Change {
    void run() throws LibraryException;
  }

  /** Runs {@code change} holding the library's lock, against other threads and processes alike. */
  private void locked(Change change) throws LibraryException {
    Path file = directory.resolve(".lock");
    synchronized (IN_PROCESS) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = channel.lock();
        try {
          change.run();
        } finally {
          lock.release();
        }
      } catch (IOException e) {
        throw new LibraryException(file + ": cannot lock the library (" + describe(e) + ")");
      }
    }
  }

  /** The names of the conversations added, sorted; files that are no conversation are passed over. */
  List<String> names() throws LibraryException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(CORPUS))
          .map(f -> f.substring(0, f.length() - CORPUS.length()))
          .filter(n -> Names.isName(n) && !n.equals(BUNDLED))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new LibraryException(directory + ": cannot list the library (" + describe(e) + ")");
    }
  }

  /**
   * The search index of conversation {@code name}, rebuilt from its corpus when it is missing,
   * damaged or older than the corpus; the bundled interview's lives in the library directory too.
   */
  TurnIndex index(String name) throws LibraryException {
    Path file = directory.resolve(name + INDEX);
    boolean bundled = name.equals(BUNDLED);
    TurnIndex.Stamp stamp = bundled ? BundledStamp.get() : stamp(corpusFile(name));
    TurnIndex index = TurnIndex.open(file, name, bundled);
    if (index != null && index.stamp().equals(stamp)) {
      return index;
    }
    Corpus corpus = corpus(name);
    try {
      byte[] built = TurnIndex.build(corpus, stamp);
      Files.createDirectories(directory);
      AtomicFile.write(file, out -> out.write(built));
    } catch (IOException e) {
      throw new LibraryException(file + ": cannot write the search index (" + describe(e) + ")");
    }
    TurnIndex rebuilt = TurnIndex.open(file, name, bundled);
    if (rebuilt == null) {
      throw new LibraryException(file + ": the search index cannot be read back");
    }
    return rebuilt;
  }

  /** Writes the index again with the stamp of the corpus file now written. */
  private static void restamp(Corpus corpus, Path target, Path index) throws IOException, LibraryException {
    byte[] built = TurnIndex.build(corpus, stamp(target));
    AtomicFile.write(index, out -> out.write(built));
  }

  private static TurnIndex.Stamp stamp(Path corpus) throws LibraryException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(corpus, BasicFileAttributes.class);
      return new TurnIndex.Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
    } catch (IOException e) {
      throw new LibraryException(corpus + ": cannot be read (" + describe(e) + ")");
    }
  }

  private String existing(String name) throws LibraryException {
    checkName(name);
    if (!Files.isRegularFile(corpusFile(name))) {
      throw new LibraryException("no conversation named '" + name + "' in the library");
    }
    return name;
  }

  private Path corpusFile(String name) {
    return directory.resolve(name + CORPUS);
  }

  private static void checkName(String name) throws LibraryException {
    if (!Names.isName(name)) {
      throw new LibraryException("'" + name + "' is not a conversation name: a lower-case letter or"
          + " digit, then up to " + (Names.MAX_LENGTH - 1) + " lower-case letters, digits or hyphens");
    }
  }

  private static Corpus read(Path file, TranscriptFormat format) throws LibraryException {
    try {
      if (format == null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(CORPUS)) {
        return CorpusReader.read(file);
      }
      return Ingest.extract(file, format, null, null, null, null);
    } catch (CorpusException | IngestException e) {
      throw new LibraryException(e.getMessage());
    }
  }

  static Conversation summary(Corpus corpus, String name, boolean bundled) {
    return Conversation.of(corpus, name, bundled);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // The index without its corpus is passed over and replaced by the next add of that name.
    }
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
