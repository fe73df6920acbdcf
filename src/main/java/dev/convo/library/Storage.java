package dev.convo.library;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusException;
import dev.convo.corpus.CorpusReader;
import dev.convo.ingest.AtomicFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's directory as files: each added conversation's corpus {@code NAME.json} and search
 * index {@code NAME.index}, and the catalog of them all; an index or the catalog found missing,
 * damaged or older than the corpus files is made again from them.
 */
final class Storage {
  private static final String INDEX = ".index";
  private static final String CATALOG = ".catalog";

  private final Path directory;
  /** The catalog as this instance last read or wrote it. */
  private Map<String, Catalog.Entry> catalog;

  Storage(Path directory) {
    this.directory = directory;
  }

  /** The corpus of the added conversation {@code name}, checked as {@code --corpus} checks one. */
  Corpus corpus(String name) throws LibraryException {
    try {
      return CorpusReader.read(corpusFile(existing(name)));
    } catch (CorpusException e) {
      throw new LibraryException(e.getMessage());
    }
  }

  /** The names of the conversations added, sorted; files that are no conversation are passed over. */
  private List<String> added() throws LibraryException {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return names;
    }
    // As in stamp: a plain list of names, not a stream of paths.
    String[] files = directory.toFile().list();
    if (files == null) {
      throw new LibraryException(directory + ": cannot list the library (permission denied, or not a directory)");
    }
    for (String file : files) {
      if (file.endsWith(Library.CORPUS)) {
        String name = file.substring(0, file.length() - Library.CORPUS.length());
        if (Names.isName(name) && !name.equals(Library.BUNDLED)) {
          names.add(name);
        }
      }
    }
    names.sort(null);
    return names;
  }

  /**
   * Every added conversation's catalog entry, by name in order: the catalog file's when it holds
   * the conversations the library holds, each with the stamp of its corpus file; else made again
   * from their indexes, and written for the next command.
   */
  Map<String, Catalog.Entry> catalog() throws LibraryException {
    if (catalog != null) {
      return catalog;
    }
    List<String> names = added();
    Map<String, Catalog.Entry> entries = Catalog.read(catalogFile());
    boolean current = entries != null && entries.size() == names.size();
    for (int i = 0; current && i < names.size(); i++) {
      Catalog.Entry entry = entries.get(names.get(i));
      current = entry != null && entry.stamp().same(stamp(corpusFile(names.get(i))));
    }
    if (!current) {
      entries = new LinkedHashMap<>();
      for (String name : names) {
        SearchIndex index = index(name);
        entries.put(name, new Catalog.Entry(index.stamp(), index.summary()));
      }
      try {
        Catalog.write(catalogFile(), entries);
      } catch (IOException e) {
        // The catalog only spares reading every index; without it the next command reads them again.
      }
    }
    catalog = entries;
    return entries;
  }

  /**
   * Makes the catalog again after a change, while the lock keeps other changes out. When another
   * conversation cannot be read, the change still stands: the catalog is left to the next command,
   * which says what is wrong with that conversation.
   */
  void recatalog() {
    catalog = null;
    try {
      catalog();
    } catch (LibraryException e) {
      catalog = null;
      try {
        Files.deleteIfExists(catalogFile());
      } catch (IOException gone) {
        // A catalog that no longer matches the library's files is made again when next read.
      }
    }
  }

  Catalog.Entry entry(String name) throws LibraryException {
    checkName(name);
    Catalog.Entry entry = catalog().get(name);
    if (entry == null) {
      throw new LibraryException("no conversation named '" + name + "' in the library");
    }
    return entry;
  }

  private Path catalogFile() {
    return directory.resolve(CATALOG);
  }

  /**
   * The search index of conversation {@code name}, rebuilt from its corpus when it is missing,
   * damaged or older than the corpus.
   */
  SearchIndex index(String name) throws LibraryException {
    return index(name, true);
  }

  /** {@link #index(String)}, mapped or, for a command that reads one or a few, read whole. */
  SearchIndex index(String name, boolean mapped) throws LibraryException {
    SearchIndex index = mapped ? SearchIndex.open(indexFile(name), name) : SearchIndex.read(indexFile(name), name);
    return index != null && index.stamp().same(stamp(name)) ? index : rebuild(name);
  }

  /**
   * The stamp of the corpus file of {@code name}: the catalog's, when this instance has checked the
   * catalog against the files, which spares a search across the library a look at each file again.
   */
  private SearchIndex.Stamp stamp(String name) throws LibraryException {
    Catalog.Entry entry = catalog == null ? null : catalog.get(name);
    return entry != null ? entry.stamp() : stamp(corpusFile(name));
  }

  SearchIndex rebuild(String name) throws LibraryException {
    Path file = indexFile(name);
    Corpus corpus = corpus(name);
    try {
      byte[] built = SearchIndexWriter.build(corpus, stamp(corpusFile(name)));
      AtomicFile.write(file, out -> out.write(built));
    } catch (IOException e) {
      throw new LibraryException(file + ": cannot write the search index (" + Library.describe(e) + ")");
    }
    SearchIndex rebuilt = SearchIndex.open(file, name);
    if (rebuilt == null) {
      throw new LibraryException(file + ": the search index cannot be read back");
    }
    return rebuilt;
  }

  /** Writes the index again with the stamp of the corpus file now written. */
  static void restamp(Corpus corpus, Path target, Path index) throws IOException, LibraryException {
    byte[] built = SearchIndexWriter.build(corpus, stamp(target));
    AtomicFile.write(index, out -> out.write(built));
  }

  private static SearchIndex.Stamp stamp(Path corpus) throws LibraryException {
    // Two plain calls, where java.nio's attribute views build several objects per file: checking
    // the catalog repeats this for every conversation.
    File file = corpus.toFile();
    long modified = file.lastModified();
    if (modified != 0) {
      return new SearchIndex.Stamp(file.length(), modified);
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(corpus, BasicFileAttributes.class);
      return new SearchIndex.Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
    } catch (IOException e) {
      throw new LibraryException(corpus + ": cannot be read (" + Library.describe(e) + ")");
    }
  }

  Path indexFile(String name) {
    return directory.resolve(name + INDEX);
  }

  String existing(String name) throws LibraryException {
    checkName(name);
    if ((catalog == null || !catalog.containsKey(name)) && !corpusFile(name).toFile().isFile()) {
      throw new LibraryException("no conversation named '" + name + "' in the library");
    }
    return name;
  }

  Path corpusFile(String name) {
    return directory.resolve(name + Library.CORPUS);
  }

  static void checkName(String name) throws LibraryException {
    if (!Names.isName(name)) {
      throw new LibraryException("'" + name + "' is not a conversation name: a lower-case letter or"
          + " digit, then up to " + (Names.MAX_LENGTH - 1) + " lower-case letters, digits or hyphens");
    }
  }
}
