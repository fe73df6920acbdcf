package dev.convo.repl;

import java.nio.file.Path;
import java.util.Map;

/** Where the REPL keeps its history, by the XDG base directory rules. */
final class HistoryFile {
  private HistoryFile() {}

  /**
   * {@code $XDG_STATE_HOME/convo/history}, or {@code ~/.local/state/convo/history} when the variable
   * is unset, empty or relative (the XDG specification says a relative value is to be ignored).
   */
  static Path locate(Map<String, String> env) {
    String state = env.get("XDG_STATE_HOME");
    Path base;
    if (state != null && !state.isEmpty() && Path.of(state).isAbsolute()) {
      base = Path.of(state);
    } else {
      String home = env.get("HOME");
      base = Path.of(home == null || home.isEmpty() ? System.getProperty("user.home") : home)
          .resolve(".local").resolve("state");
    }
    return base.resolve("convo").resolve("history");
  }
}
