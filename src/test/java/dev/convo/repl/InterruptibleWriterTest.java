package dev.convo.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InterruptibleWriterTest {
  @Test
  void passesLinesThroughUntilInterrupted() throws IOException {
    StringWriter terminal = new StringWriter();
    AtomicBoolean interrupted = new AtomicBoolean();
    Writer writer = new InterruptibleWriter(terminal, interrupted);
    writer.write("one\ntwo\n");
    interrupted.set(true);
    assertThatThrownBy(() -> writer.write("three\n")).isInstanceOf(InterruptibleWriter.Interrupted.class);
    assertThatThrownBy(writer::flush).isInstanceOf(InterruptibleWriter.Interrupted.class);
    assertThat(terminal).hasToString("one\ntwo\n");
  }

  /** A terminal on which Ctrl-C is pressed once {@code lines} lines have been shown. */
  private static final class PressCtrlCAfter extends Writer {
    private final StringBuilder shown = new StringBuilder();
    private final AtomicBoolean interrupted;
    private final int lines;
    private boolean pressed;

    PressCtrlCAfter(AtomicBoolean interrupted, int lines) {
      this.interrupted = interrupted;
      this.lines = lines;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      shown.append(chars, offset, length);
      if (!pressed && shown.chars().filter(c -> c == '\n').count() >= lines) {
        pressed = true;
        interrupted.set(true);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void ctrlCStopsALongCommandQuietlyAndTheSessionGoesOn() {
    AtomicBoolean interrupted = new AtomicBoolean();
    PressCtrlCAfter terminal = new PressCtrlCAfter(interrupted, 10);
    PrintWriter out = new PrintWriter(new InterruptibleWriter(terminal, interrupted));
    Session session = Fixture.session(out, out, Fixture.terminal(Map.of("TERM", "xterm"), 100, 30));

    assertThat(session.run(List.of("show", "all"))).isEqualTo(Session.INTERRUPTED);
    assertThat(terminal.shown.toString().lines().count()).isEqualTo(10);
    assertThat(terminal.shown.toString()).doesNotContain("convo:");

    interrupted.set(false);
    assertThat(session.run(List.of("where"))).isEqualTo(1);
    assertThat(terminal.shown.toString()).endsWith(WhereCommand.NOTHING_OPEN + "\n");
  }
}
