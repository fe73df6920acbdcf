package dev.convo.cli;

/** A failure the user can act on: printed as one {@code convo: } line, exiting with {@code exitCode}. */
public final class ConvoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public ConvoException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
