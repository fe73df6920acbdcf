package dev.convo.library;

/** What the library cannot do, in one line naming the conversation or the file. */
public final class LibraryException extends Exception {
  private static final long serialVersionUID = 1L;

  public LibraryException(String message) {
    super(message);
  }
}
