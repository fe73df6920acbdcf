package dev.convo.render;

/**
 * The reader went away (a closed pipe, as in {@code convo show all | head -1}). Not an error: the
 * command stops writing and ends successfully, as Unix tools do.
 */
public final class OutputClosedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputClosedException() {
    super("standard output was closed", null, false, false);
  }
}
