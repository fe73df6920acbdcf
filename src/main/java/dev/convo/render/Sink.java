package dev.convo.render;

import java.io.PrintWriter;

/**
 * Where rendered lines go. A {@link PrintWriter} swallows write errors, so after each record the
 * sink asks whether the reader is still there and stops the command early if not.
 */
public final class Sink {
  private final PrintWriter out;

  public Sink(PrintWriter out) {
    this.out = out;
  }

  public void line(String text) {
    out.write(text);
    out.write('\n');
  }

  public void line() {
    out.write('\n');
  }

  public void text(String text) {
    out.write(text);
  }

  /** Called between records: flushes and ends the command quietly when the reader has gone. */
  public void endRecord() {
    if (out.checkError()) {
      throw new OutputClosedException();
    }
  }
}
