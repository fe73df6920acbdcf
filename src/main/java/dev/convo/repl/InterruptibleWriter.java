package dev.convo.repl;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Passes output to the terminal line by line and stops it once Ctrl-C has been pressed: the command
 * printing is abandoned with {@link Interrupted}, which the REPL catches, and the REPL goes on.
 */
final class InterruptibleWriter extends Writer {
  /** Thrown into the command that is printing; unchecked so that PrintWriter does not swallow it. */
  static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super("output interrupted", null, false, false);
    }
  }

  private final Writer terminal;
  private final AtomicBoolean interrupted;

  InterruptibleWriter(Writer terminal, AtomicBoolean interrupted) {
    this.terminal = terminal;
    this.interrupted = interrupted;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int end = offset + length;
    int from = offset;
    while (from < end) {
      if (interrupted.get()) {
        throw new Interrupted();
      }
      int to = lineEnd(chars, from, end);
      terminal.write(chars, from, to - from);
      terminal.flush();
      from = to;
    }
  }

  /** The index just past the next newline at or after {@code from}, or {@code end}. */
  private static int lineEnd(char[] chars, int from, int end) {
    for (int i = from; i < end; i++) {
      if (chars[i] == '\n') {
        return i + 1;
      }
    }
    return end;
  }

  @Override
  public void flush() throws IOException {
    if (interrupted.get()) {
      throw new Interrupted();
    }
    terminal.flush();
  }

  @Override
  public void close() throws IOException {
    terminal.flush();
  }
}
