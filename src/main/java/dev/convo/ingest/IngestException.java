package dev.convo.ingest;

/** A source that cannot be turned into a corpus; the message names the file and the line. */
public final class IngestException extends Exception {
  private static final long serialVersionUID = 1L;

  public IngestException(String message) {
    super(message);
  }
}
