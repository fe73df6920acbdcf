package dev.convo.corpus;

/**
 * A corpus that cannot be used. The message is one line naming the file, what is wrong and where
 * (a JSON path such as {@code $.sections[3].turns[2].speaker}), ready to print after {@code convo: }.
 */
public final class CorpusException extends Exception {
  private static final long serialVersionUID = 1L;

  public CorpusException(String message) {
    super(message);
  }

  public CorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
