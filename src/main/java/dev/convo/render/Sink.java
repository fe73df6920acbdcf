package dev.convo.render;

import dev.convo.corpus.Turn;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Where rendered lines go. A {@link PrintWriter} swallows write errors, so after each record the
 * sink asks whether the reader is still there and stops the command early if not. Whoever follows
 * the reading (the REPL) is told of each turn once it has been written whole.
 */
public final class Sink {
  private final PrintWriter out;
  private final Consumer<Turn> printed;

  public Sink(PrintWriter out) {
    this(out, null);
  }

  /** A sink that tells {@code printed} (if not null) of every turn written whole. */
  public Sink(PrintWriter out, Consumer<Turn> printed) {
    this.out = out;
    this.printed = printed;
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

  /**
   * Called after a record that is {@code turn}. The turn is reported before the reader is asked
   * for: its lines have gone out, whatever happens to the next ones.
   */
  public void endTurn(Turn turn) {
    if (printed != null) {
      printed.accept(turn);
    }
    endRecord();
  }
}
