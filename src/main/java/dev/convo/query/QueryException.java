package dev.convo.query;

/**
 * Something the user asked for that the corpus does not have (an unknown topic, a turn that does not
 * exist, a malformed reference). The message is one line, ready to print after {@code convo: }.
 */
public final class QueryException extends Exception {
  private static final long serialVersionUID = 1L;

  public QueryException(String message) {
    super(message);
  }
}
