package dev.convo.corpus;

import dev.convo.text.StartupTrace;
import java.io.IOException;
import java.io.InputStream;

/** The corpus shipped inside the jar, read at most once per process. */
public final class BundledCorpus {
  public static final String RESOURCE = "/dev/convo/corpus/corpus.json";
  public static final String NAME = "<bundled corpus>";

  private BundledCorpus() {}

  private static final class Holder {
    static final Corpus CORPUS = load();

    private static Corpus load() {
      long started = StartupTrace.corpusStarts();
      try (InputStream in = BundledCorpus.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the jar has no " + RESOURCE);
        }
        return CorpusReader.read(in, NAME);
      } catch (IOException | CorpusException e) {
        throw new IllegalStateException("the bundled corpus is broken: " + e.getMessage(), e);
      } finally {
        StartupTrace.corpusRead(started);
      }
    }
  }

  /** The bundled corpus; a broken one is a build defect, hence an unchecked exception. */
  public static Corpus get() {
    return Holder.CORPUS;
  }
}
