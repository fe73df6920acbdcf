package dev.convo.corpus;

import dev.convo.text.StartupTrace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The corpus shipped inside the jar, read at most once per process. data/corpus.json ships as it
 * is, for anyone who wants the data, and packed: the build runs {@link #main} to check it as a
 * {@code --corpus} file is checked and pack it ({@link PackedJson}), so that start-up reads the
 * packed form and trusts it.
 */
public final class BundledCorpus {
  public static final String RESOURCE = "/dev/convo/corpus/corpus.packed";
  public static final String NAME = "<bundled corpus>";

  private BundledCorpus() {}

  private static final class Holder {
    static final Corpus CORPUS = load();

    private static Corpus load() {
      long started = StartupTrace.corpusStarts();
      try {
        return CorpusReader.readPacked(packed(), NAME);
      } catch (IOException | URISyntaxException | CorpusException e) {
        throw new IllegalStateException("the bundled corpus is broken: " + e.getMessage(), e);
      } finally {
        StartupTrace.corpusRead(started);
      }
    }
  }

  /**
   * The packed corpus. Read from the jar as a zip entry: the class loader would open it through a
   * {@code jar:} URL and its connection, which cost start-up time. From a directory of classes, as
   * the tests run, it is a resource like any other.
   */
  private static byte[] packed() throws IOException, URISyntaxException {
    CodeSource source = BundledCorpus.class.getProtectionDomain().getCodeSource();
    Path jar = source == null ? null : Path.of(source.getLocation().toURI());
    if (jar != null && Files.isRegularFile(jar)) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        ZipEntry entry = zip.getEntry(RESOURCE.substring(1));
        if (entry != null) {
          try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
          }
        }
      }
    }
    try (InputStream in = BundledCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + RESOURCE);
      }
      return in.readAllBytes();
    }
  }

  /** The bundled corpus; a broken one is a build defect, hence an unchecked exception. */
  public static Corpus get() {
    return Holder.CORPUS;
  }

  /**
   * Run by the build: packs the corpus file {@code args[0]} into {@code args[1]}, failing with the
   * reader's message when the corpus is refused.
   */
  public static void main(String[] args) throws CorpusException, IOException {
    Path out = Path.of(args[1]);
    byte[] packed = CorpusReader.pack(Path.of(args[0]));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, packed);
  }
}
