package dev.convo.library;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusException;
import dev.convo.corpus.CorpusReader;
import dev.convo.corpus.GlossaryEntry;
import dev.convo.corpus.Quote;
import dev.convo.ingest.AtomicFile;
import dev.convo.ingest.Ingest;
import dev.convo.ingest.IngestException;
import dev.convo.ingest.TranscriptFormat;
import dev.convo.query.Conversation;
import dev.convo.query.Search;
import dev.convo.query.SearchQuery;
import dev.convo.text.Env;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
  /** Threads of one process share the file lock, which the JVM lets only one of them hold. */
  private static final Object IN_PROCESS = new Object();

  private final Path directory;
  private final Storage storage;
  /** The forms the last query searches in the last glossary, as {@link Search#forms} gives them. */
  private SearchQuery formsQuery;
  private List<GlossaryEntry> formsGlossary;
  private List<List<String>> lastForms;

  public Library(Path directory) {
    this.directory = directory;
    this.storage = new Storage(directory);
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
    Storage.checkName(chosen);
    if (chosen.equals(BUNDLED)) {
      throw new LibraryException("'" + BUNDLED + "' is the bundled interview's name; choose another with --name");
    }
    Path target = storage.corpusFile(chosen);
    Path index = storage.indexFile(chosen);
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
        AtomicFile.write(index, out -> out.write(SearchIndexWriter.build(corpus, new SearchIndex.Stamp(0, 0))));
        AtomicFile.write(corpus, target);
        Storage.restamp(corpus, target, index);
      } catch (IOException e) {
        deleteQuietly(index);
        deleteQuietly(target);
        throw new LibraryException(target + ": cannot write (" + describe(e) + ")");
      }
      storage.recatalog();
    });
    return summary(corpus, chosen, false);
  }

  /** Every conversation, the bundled one first, then the others by name. */
  public List<Conversation> list() throws LibraryException {
    List<Conversation> all = new ArrayList<>();
    all.add(summary(BundledCorpus.get(), BUNDLED, true));
    for (Catalog.Entry entry : storage.catalog().values()) {
      all.add(entry.summary());
    }
    return all;
  }

  /** The conversation {@code name}, as {@link #list} describes it. */
  public Conversation show(String name) throws LibraryException {
    if (name.equals(BUNDLED)) {
      return summary(BundledCorpus.get(), BUNDLED, true);
    }
    return storage.entry(name).summary();
  }

  /**
   * What a search of conversation {@code name} for {@code query} reads: the turns its index says
   * may match, in a corpus that holds everything else but the other turns, their quotes and the
   * topics, and the conversation's totals to rank them against. The bundled interview is read
   * whole, as it is loaded already. An index that cannot be read is built again from the corpus.
   */
  public Candidates candidates(String name, SearchQuery query) throws LibraryException {
    if (name.equals(BUNDLED)) {
      return new Candidates(BundledCorpus.get(), null);
    }
    return read(name, true, new Reading<Candidates>() {
      @Override
      public Candidates from(SearchIndex index) {
        return candidates(index, query);
      }
    });
  }

  /** How many quotes conversation {@code name} holds. */
  public int quoteCount(String name) throws LibraryException {
    return name.equals(BUNDLED) ? BundledCorpus.get().quotes().size() : storage.entry(name).summary().quotes();
  }

  /**
   * The quotes {@code ordinals} of conversation {@code name}, counting its quotes in order from 0,
   * with a corpus that holds their turns, read from its index.
   */
  public Drawn quotes(String name, int[] ordinals) throws LibraryException {
    if (name.equals(BUNDLED)) {
      Corpus corpus = BundledCorpus.get();
      List<Quote> drawn = new ArrayList<>();
      for (int ordinal : ordinals) {
        drawn.add(corpus.quotes().get(ordinal));
      }
      return new Drawn(corpus, drawn);
    }
    // Read whole: a draw reads the index of one conversation or a few.
    return read(name, false, new Reading<Drawn>() {
      @Override
      public Drawn from(SearchIndex index) {
        Corpus corpus = index.corpus(index.turnsOf(ordinals));
        List<Quote> drawn = new ArrayList<>();
        for (int ordinal : ordinals) {
          drawn.add(index.quote(ordinal));
        }
        return new Drawn(corpus, drawn);
      }
    });
  }

  /** Quotes drawn from a conversation, and a corpus that holds their turns. */
  public record Drawn(Corpus corpus, List<Quote> quotes) {}

  /** What is read from an index (an interface, not a lambda: a first lambda costs start-up time). */
  private interface Reading<T> {
    T from(SearchIndex index);
  }

  /**
   * What {@code reading} reads from the index of {@code name}, {@code mapped} or read whole
   * ({@link Storage#index(String, boolean)}), built again if it cannot be read.
   */
  private <T> T read(String name, boolean mapped, Reading<T> reading) throws LibraryException {
    SearchIndex index = storage.index(storage.existing(name), mapped);
    try {
      return reading.from(index);
    } catch (RuntimeException e) {
      // An index read at offsets it gives itself fails, when damaged, with whatever exception the
      // bad offset meets; the corpus file, checked when it is read, makes it again.
      return reading.from(storage.rebuild(name));
    }
  }

  /** The corpus of the turns that may match, and the totals of the whole conversation. */
  public record Candidates(Corpus corpus, Search.Totals totals) {}

  private Candidates candidates(SearchIndex index, SearchQuery query) {
    return new Candidates(index.corpus(index.holding(forms(index, query))), index.totals());
  }

  /**
   * The forms {@code query} searches in conversations with the glossary of {@code index}, which
   * the conversations of one publisher share: a search across the library makes them once. Null
   * for a regular expression, which may match any turn. Threads searching at once share them.
   */
  private synchronized List<List<String>> forms(SearchIndex index, SearchQuery query) {
    if (!query.patterns().isEmpty()) {
      return null;
    }
    List<GlossaryEntry> glossary = index.glossary();
    if (query != formsQuery || glossary != formsGlossary) {
      lastForms = new Search(index.corpus(new int[0])).forms(query);
      formsQuery = query;
      formsGlossary = glossary;
    }
    return lastForms;
  }

  /** The corpus of conversation {@code name}. */
  public Corpus corpus(String name) throws LibraryException {
    if (name.equals(BUNDLED)) {
      return BundledCorpus.get();
    }
    return storage.corpus(name);
  }

  public void remove(String name) throws LibraryException {
    if (name.equals(BUNDLED)) {
      throw new LibraryException("'" + BUNDLED + "' is the bundled interview, which cannot be removed");
    }
    storage.existing(name);
    locked(() -> {
      try {
        if (!Files.deleteIfExists(storage.corpusFile(name))) {
          throw new LibraryException("no conversation named '" + name + "' in the library");
        }
        Files.deleteIfExists(storage.indexFile(name));
      } catch (IOException e) {
        throw new LibraryException(storage.corpusFile(name) + ": cannot remove (" + describe(e) + ")");
      }
      storage.recatalog();
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

  /** The names of every conversation in {@link #list}'s order, the bundled one first. */
  public List<String> names() throws LibraryException {
    List<String> all = new ArrayList<>();
    all.add(BUNDLED);
    all.addAll(storage.catalog().keySet());
    return all;
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
