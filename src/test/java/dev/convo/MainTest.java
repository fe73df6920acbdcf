package dev.convo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.text.Env;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Main makes of a command line before the command tree sees it. */
class MainTest {
  private static final Env TYPED_AT = Env.fixed(Map.of(), true, 80, 24, LocalDate.of(2026, 3, 19),
      (command, text) -> false);
  private static final Env SCRIPT = Env.fixed(Map.of(), false, 80, 24, LocalDate.of(2026, 3, 19),
      (command, text) -> false);

  @Test
  void globalOptionsAloneOnATerminalOpenTheReplWithThem() {
    assertThat(Main.command(new String[] {}, TYPED_AT)).containsExactly("repl");
    assertThat(Main.command(new String[] {"--corpus", "mine.json"}, TYPED_AT))
        .containsExactly("--corpus", "mine.json", "repl");
    assertThat(Main.command(new String[] {"--corpus=mine.json", "--debug"}, TYPED_AT))
        .containsExactly("--corpus=mine.json", "--debug", "repl");
  }

  @Test
  void anythingElseIsLeftToTheCommandTree() {
    assertThat(Main.command(new String[] {}, SCRIPT)).isEmpty();
    assertThat(Main.command(new String[] {"--corpus", "mine.json"}, SCRIPT))
        .containsExactly("--corpus", "mine.json");
    // A --corpus without its file stays an error, rather than reading a corpus named "repl".
    assertThat(Main.command(new String[] {"--corpus"}, TYPED_AT)).containsExactly("--corpus");
    assertThat(Main.command(new String[] {"--help"}, TYPED_AT)).containsExactly("--help");
    assertThat(Main.command(new String[] {"--corpus", "mine.json", "stats"}, TYPED_AT))
        .containsExactly("--corpus", "mine.json", "stats");
  }
}
