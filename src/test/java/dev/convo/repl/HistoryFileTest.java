package dev.convo.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryFileTest {
  @Test
  void xdgStateHomeWhenSetAndAbsolute() {
    assertThat(HistoryFile.locate(Map.of("XDG_STATE_HOME", "/var/state", "HOME", "/home/u")))
        .isEqualTo(Path.of("/var/state/convo/history"));
  }

  @Test
  void otherwiseUnderTheHomeDirectory() {
    Path expected = Path.of("/home/u/.local/state/convo/history");
    assertThat(HistoryFile.locate(Map.of("HOME", "/home/u"))).isEqualTo(expected);
    assertThat(HistoryFile.locate(Map.of("XDG_STATE_HOME", "", "HOME", "/home/u"))).isEqualTo(expected);
    assertThat(HistoryFile.locate(Map.of("XDG_STATE_HOME", "relative/state", "HOME", "/home/u")))
        .isEqualTo(expected);
  }

  @Test
  void theJavaHomeDirectoryWithoutHome() {
    assertThat(HistoryFile.locate(Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".local/state/convo/history"));
  }
}
