package dev.convo.ingest;

import dev.convo.corpus.CorpusException;
import dev.convo.corpus.StrictJson;

/**
 * The reviewed files ingest reads beside the transcript (topics, repairs, curated quotes), read as
 * strictly as the corpus itself: by its {@link StrictJson}, with the same messages.
 */
final class ReviewedJson {
  /** A field every reviewed file may carry for its reviewers, which ingest ignores. */
  static final String COMMENT = "$comment";

  private ReviewedJson() {}

  static <T> T read(String json, String file, StrictJson.Document<T> document) throws IngestException {
    try {
      return StrictJson.read(json, file, document);
    } catch (CorpusException e) {
      throw new IngestException(e.getMessage());
    }
  }
}
