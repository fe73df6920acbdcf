package dev.convo.repl;

import dev.convo.Commands;
import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.cli.HostileCorpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL on a corpus carrying terminal escapes: its banner, {@code where}, the commands it runs
 * and the completion candidates it lists show them escaped and never send them.
 */
class ReplInjectionTest {
  /** The payload's parts that no renderer or line editor of convo's would ever emit itself. */
  private static final List<String> RAW = List.of("\u001b]0;PWNED", "\u001b[2J", "\u009b", "\u202e", "\u202c",
      "\u2066", "\u2069", "\u200f", "\u0085", "\u0000", "\u2028", "\u007f");
  private static final String CTRL_D = "\u0004";

  @TempDir static Path dir;
  static Path corpus;

  @BeforeAll
  static void writeCorpus() throws IOException {
    corpus = HostileCorpus.write(dir);
  }

  private static final String SCRIPT = "open " + HostileCorpus.TURN + "\nwhere\ntopic " + "board"
      + "\nquotes show " + HostileCorpus.QUOTE + " --context\nsections\nstats\n";

  @Test
  void theLineByLineReplShowsEscapes() {
    Fixture.Result result = Fixture.run(Fixture.terminal(Map.of("TERM", "dumb", "CONVO_CORPUS",
        corpus.toString()), 80, 24), SCRIPT, "repl");
    assertThat(result.code()).isZero();
    byte[] out = result.out().getBytes(StandardCharsets.UTF_8);
    int at = HostileCorpus.firstUnsafeByte(out, false);
    assertThat(at).as("raw control or bidi byte in\n" + result.out()).isEqualTo(-1);
    assertThat(result.err()).isEmpty();
    assertThat(result.out().lines().findFirst().orElseThrow()).as("the banner").contains("\\x1b]0;PWNED");
    assertThat(result.out()).contains(HostileCorpus.TURN + " · Lex").contains("\\u202eevil");
  }

  @Test
  void theInteractiveReplAndItsCompletionShowEscapes() throws IOException {
    String keys = "open " + HostileCorpus.TURN + "\rwhere\rtopic board\rtopic ali\t\r" + "quotes show \t\t\r"
        + CTRL_D;
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Terminal terminal = new DumbTerminal("convo", "ansi",
        new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
      terminal.setSize(new Size(100, 30));
      Map<String, String> variables = Map.of("HOME", dir.resolve("home").toString(), "TERM", "xterm",
          "CONVO_CORPUS", corpus.toString());
      int status = InteractiveRepl.on(terminal, Fixture.terminal(variables, 100, 30), null, Commands::replTree).loop();
      terminal.flush();
      assertThat(status).isZero();
    }
    String shown = screen.toString(StandardCharsets.UTF_8);
    for (String raw : RAW) {
      assertThat(shown).as("sent raw: " + Integer.toHexString(raw.codePointAt(0))).doesNotContain(raw);
    }
    assertThat(shown.lines().findFirst().orElseThrow()).as("the banner").contains("\\x1b]0;PWNED");
    assertThat(shown).as("the alias completed, escaped").contains("alias\\x1b]0;PWNED")
        .as("a quote's gist listed, escaped").contains("通向\\x1b]0;");
  }
}
