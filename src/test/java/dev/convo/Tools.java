package dev.convo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that drive an external program (a shell, tmux, groff, script, setpriv, …) call
 * {@link #require} first. On a machine without the program the test is skipped, naming it, so the
 * README's test command passes with only a JDK and Maven; with {@code CONVO_REQUIRE_TOOLS=1} in the
 * environment (as CI sets it, having installed every tool) a missing program fails the test instead.
 * {@link ToolSkipReport} counts the skips and names the tools at the end of the run.
 */
public final class Tools {
  /** The message prefix that {@link ToolSkipReport} recognises; the tool's name follows it. */
  static final String SKIP_PREFIX = "needs ";

  private Tools() {}

  /** Skips (or, where every tool is required, fails) unless {@code program} is on the PATH. */
  public static void require(String program) {
    require(program, onPath(program));
  }

  /** Skips (or fails) unless {@code file}, which the tool {@code name} installs, exists. */
  public static void require(String name, Path file) {
    require(name, Files.exists(file));
  }

  /** Skips (or fails) unless {@code name}, a thing a machine may lack, is {@code present}. */
  public static void require(String name, boolean present) {
    if (present) {
      return;
    }
    String message = SKIP_PREFIX + name + ", which is not installed";
    if (required()) {
      Assertions.fail(message + " (CONVO_REQUIRE_TOOLS is set: every tool must be there)");
    }
    Assumptions.abort(message);
  }

  static boolean required() {
    String value = System.getenv("CONVO_REQUIRE_TOOLS");
    return value != null && !value.isEmpty() && !value.equals("0");
  }

  static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String directory : path.split(File.pathSeparator)) {
      if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
        return true;
      }
    }
    return false;
  }
}
