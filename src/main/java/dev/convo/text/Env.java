package dev.convo.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything a command may learn about where it runs: environment variables, whether standard
 * output is a terminal, the terminal's size, today's date and how to start a pager. Tests build one
 * by hand to drive every colour, pager and format rule without a real terminal.
 *
 * <p>{@code terminal}: standard output is a terminal, which decides format, colour, width and
 * paging, as it does for ls or ripgrep whatever standard input is. {@code interactive}: standard
 * input is one too, so a person is typing: {@code convo} alone starts the REPL, with line editing
 * and a prompt.
 */
public record Env(
    Map<String, String> variables,
    boolean terminal,
    boolean interactive,
    Supplier<Size> size,
    Supplier<LocalDate> today,
    Pager pager) {
  public static final int DEFAULT_COLUMNS = 80;
  public static final int DEFAULT_ROWS = 24;
  /** What sh returns when the pager is not there: the text was not shown and must be printed. */
  private static final int SHELL_CANNOT_EXECUTE = 126;
  private static final int SHELL_NOT_FOUND = 127;
  private static final Path STANDARD_OUTPUT = Path.of("/proc/self/fd/1");

  /** A terminal's size in character cells. */
  public record Size(int columns, int rows) {}

  /** Shows text through a pager command; false when the pager could not be started. */
  @FunctionalInterface
  public interface Pager {
    boolean page(String command, String text);
  }

  public Env {
    variables = Map.copyOf(variables);
  }

  /**
   * This process's environment. Nothing is probed until a command needs it. Named classes rather
   * than lambdas: the first lambda of a process costs milliseconds of method-handle set-up.
   */
  public static Env system() {
    boolean interactive = System.console() != null;
    boolean terminal = interactive || standardOutputIsATerminal();
    Map<String, String> variables = System.getenv();
    return new Env(variables, terminal, interactive, new TerminalSize(variables, terminal),
        new Today(), new ShellPager());
  }

  /**
   * Whether standard output is a terminal though standard input is not ({@code System.console()}
   * wants both, and JDK 17 has no isatty): on Linux, whether descriptor 1 leads to a terminal device.
   * Elsewhere it is taken not to be.
   */
  private static boolean standardOutputIsATerminal() {
    try {
      String device = Files.readSymbolicLink(STANDARD_OUTPUT).toString();
      return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** A fixed environment, as tests and embedding programs want it; a terminal here is typed at. */
  public static Env fixed(Map<String, String> variables, boolean terminal, int columns, int rows,
      LocalDate today, Pager pager) {
    Size size = new Size(columns, rows);
    return new Env(variables, terminal, terminal, () -> size, () -> today, pager);
  }

  public String get(String name) {
    return variables.get(name);
  }

  /**
   * Where the user's data is kept: {@code XDG_DATA_HOME} when that is an absolute path, else
   * {@code ~/.local/share}; null when neither XDG_DATA_HOME nor HOME is set.
   */
  public Path dataHome() {
    String data = get("XDG_DATA_HOME");
    if (data != null && !data.isEmpty() && Path.of(data).isAbsolute()) {
      return Path.of(data);
    }
    String home = get("HOME");
    return home == null || home.isEmpty() ? null : Path.of(home, ".local", "share");
  }

  /** Whether a variable is set to something other than the empty string. */
  public boolean isSet(String name) {
    String value = variables.get(name);
    return value != null && !value.isEmpty();
  }

  public int columns() {
    return size.get().columns();
  }

  /** Whether {@link #columns()} is a screen's real width: on a terminal, or as COLUMNS says. */
  public boolean knowsColumns() {
    return terminal || positive(variables.get("COLUMNS")) != null;
  }

  public int rows() {
    return size.get().rows();
  }

  /**
   * COLUMNS and LINES win, as they do for every Unix tool; otherwise a terminal is asked with
   * {@code stty size}, which costs a few milliseconds only on a terminal and loads nothing native.
   */
  private static Size probe(Map<String, String> variables, boolean terminal) {
    Integer columns = positive(variables.get("COLUMNS"));
    Integer rows = positive(variables.get("LINES"));
    if ((columns == null || rows == null) && terminal) {
      Size tty = stty();
      if (tty != null) {
        columns = columns == null ? tty.columns() : columns;
        rows = rows == null ? tty.rows() : rows;
      }
    }
    return new Size(columns == null ? DEFAULT_COLUMNS : columns, rows == null ? DEFAULT_ROWS : rows);
  }

  private static Size stty() {
    try {
      Process process = new ProcessBuilder("sh", "-c", "stty size < /dev/tty")
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String answer;
      try (InputStream in = process.getInputStream()) {
        answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
      }
      if (process.waitFor() != 0) {
        return null;
      }
      String[] parts = answer.split(" ");
      Integer rows = parts.length == 2 ? positive(parts[0]) : null;
      Integer columns = parts.length == 2 ? positive(parts[1]) : null;
      return rows == null || columns == null ? null : new Size(columns, rows);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static Integer positive(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.strip());
      return n > 0 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Probed once, on first use. */
  private static final class TerminalSize implements Supplier<Size> {
    private final Map<String, String> variables;
    private final boolean terminal;
    private Size size;

    TerminalSize(Map<String, String> variables, boolean terminal) {
      this.variables = variables;
      this.terminal = terminal;
    }

    @Override
    public Size get() {
      if (size == null) {
        size = probe(variables, terminal);
      }
      return size;
    }
  }

  private static final class Today implements Supplier<LocalDate> {
    @Override
    public LocalDate get() {
      return LocalDate.now();
    }
  }

  private static final class ShellPager implements Pager {
    @Override
    public boolean page(String command, String text) {
      return runPager(command, text);
    }
  }

  /**
   * Runs the pager through the shell, as git does, with the terminal as its output. A reader who
   * quits early closes the pager's input; what is left is dropped.
   */
  private static boolean runPager(String command, String text) {
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder("sh", "-c", command)
          .redirectOutput(ProcessBuilder.Redirect.INHERIT)
          .redirectError(ProcessBuilder.Redirect.INHERIT);
      builder.environment().putIfAbsent("LESS", "FRX");
      builder.environment().putIfAbsent("LV", "-c");
      process = builder.start();
    } catch (IOException e) {
      return false;
    }
    try (OutputStream stdin = process.getOutputStream();
        Writer writer = new OutputStreamWriter(stdin, StandardCharsets.UTF_8)) {
      writer.write(text);
    } catch (IOException e) {
      // The reader quit the pager before reading everything: nothing is wrong.
    }
    try {
      int status = process.waitFor();
      return status != SHELL_CANNOT_EXECUTE && status != SHELL_NOT_FOUND;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
