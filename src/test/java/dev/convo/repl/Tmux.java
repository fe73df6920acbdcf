package dev.convo.repl;

import dev.convo.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A tmux server of the test's own (its socket in a temporary directory) running one program in a
 * window of a fixed size: keys go in with send-keys, the screen comes back with capture-pane.
 */
final class Tmux implements AutoCloseable {
  static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String SESSION = "convo";

  private final Path socket;

  private Tmux(Path socket) {
    this.socket = socket;
  }

  /**
   * Starts {@code command} (a shell command line) in a {@code width}×{@code height} window. When it
   * ends, {@code [exit N]} is printed below its output and the window stays for it to be read.
   */
  static Tmux start(Path dir, int width, int height, String command) throws IOException {
    Tools.require("tmux");
    Tmux tmux = new Tmux(dir.resolve("tmux.sock"));
    tmux.run("-f", "/dev/null", "new-session", "-d", "-s", SESSION, "-x", Integer.toString(width),
        "-y", Integer.toString(height), command + "; echo \"[exit $?]\"; sleep 600");
    return tmux;
  }

  /** Keys as tmux names them: literal text, or {@code Tab}, {@code Enter}, {@code C-c}. */
  void keys(String... keys) throws IOException {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
    args.addAll(List.of(keys));
    run(args.toArray(String[]::new));
  }

  /** Text typed literally (no key names), for words such as {@code next} or {@code Enter}. */
  void type(String text) throws IOException {
    run("send-keys", "-t", SESSION, "-l", "--", text);
  }

  /** Resizes the window, as a person dragging the terminal's corner would. */
  void resize(int width, int height) throws IOException {
    run("resize-window", "-t", SESSION, "-x", Integer.toString(width), "-y", Integer.toString(height));
  }

  String screen() throws IOException {
    return run("capture-pane", "-p", "-t", SESSION);
  }

  /** Everything the program printed, including what has scrolled off the top. */
  String scrollback() throws IOException {
    return run("capture-pane", "-p", "-S", "-", "-t", SESSION);
  }

  /**
   * The scrollback with every line the terminal wrapped joined again: each line as the program
   * wrote it, so a line too wide for the window shows as such.
   */
  String joinedScrollback() throws IOException {
    return run("capture-pane", "-p", "-J", "-S", "-", "-t", SESSION);
  }

  /** The scrollback with its colours, as SGR escape sequences. */
  String colouredScrollback() throws IOException {
    return run("capture-pane", "-e", "-p", "-S", "-", "-t", SESSION);
  }

  /** Polls the screen until {@code condition} holds, failing after {@link #PATIENCE}. */
  String await(String what, Predicate<String> condition) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String screen = screen();
    while (!condition.test(screen)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; the screen:\n" + screen);
      }
      TimeUnit.MILLISECONDS.sleep(50);
      screen = screen();
    }
    return screen;
  }

  @Override
  public void close() throws IOException {
    run("kill-server");
  }

  private String run(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("tmux " + String.join(" ", args) + " did not finish");
      }
      if (process.exitValue() != 0) {
        throw new IOException("tmux " + String.join(" ", args) + " failed: " + output.strip());
      }
      return output;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running tmux", e);
    }
  }
}
