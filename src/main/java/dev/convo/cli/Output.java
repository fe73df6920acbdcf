package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.render.Format;
import dev.convo.render.Palette;
import dev.convo.render.Part;
import dev.convo.render.Renderer;
import dev.convo.render.Sink;
import dev.convo.render.View;
import dev.convo.text.Env;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * One command's output, with the format, colour, width and pager decided once from the options and
 * the environment. Text meant for a pager is held back until the command is done, so that only
 * output longer than the screen is paged (as {@code less -F} would decide, without starting it).
 */
public final class Output implements AutoCloseable {
  public static final String DEFAULT_PAGER = "less -FRX";
  /**
   * The measure text keeps on a wider terminal unless told otherwise: lines much longer than this
   * are hard to follow back to their start, which is why man and most readers stop near it.
   */
  public static final int READING_WIDTH = 100;

  private final CommandLine commandLine;
  private final Env env;
  private final Format format;
  private final Palette palette;
  private final int width;
  private final String pager;
  private final StringWriter held;
  private final Sink sink;

  private Output(CommandLine commandLine, Env env, Format format, Palette palette, int width,
      String pager, Consumer<Turn> printed) {
    this.commandLine = commandLine;
    this.env = env;
    this.format = format;
    this.palette = palette;
    this.width = width;
    this.pager = pager;
    this.held = pager == null ? null : new StringWriter();
    // Text held back for a pager is not printed yet: nobody is told of it.
    this.sink = pager == null ? new Sink(commandLine.getOut(), printed) : new Sink(new PrintWriter(held));
  }

  static Output open(CommandLine commandLine, ConvoCommand root, OutputOptions options) {
    Env env = root.env();
    Format asked = options.format();
    if (options.json() && asked != null && asked != Format.JSON) {
      throw new ParameterException(commandLine,
          "--json and --format " + asked.id() + " contradict each other");
    }
    // Colour forced, by --color always or CLICOLOR_FORCE, asks for what a terminal would show.
    Format format = options.json() ? Format.JSON
        : asked != null ? asked
        : env.terminal() || forced(options.color(), env) ? Format.TEXT
        : Format.PLAIN;
    Palette palette = format == Format.TEXT && colour(options.color(), env) ? Palette.colour() : Palette.none();
    int width = format == Format.TEXT ? textWidth(env, options.width()) : Env.DEFAULT_COLUMNS;
    String pager = format == Format.TEXT && env.terminal() && !options.noPager() ? pagerCommand(env) : null;
    return new Output(commandLine, env, format, palette, width, pager, root.printed());
  }

  /**
   * ripgrep's and clig.dev's rules: {@code --color} decides if given; otherwise a non-empty
   * {@code CLICOLOR_FORCE} other than 0 forces colour, and colour is on only on a terminal, with
   * {@code NO_COLOR} unset or empty and {@code TERM} not {@code dumb}.
   */
  static boolean colour(ColorMode mode, Env env) {
    return forced(mode, env) || (mode == ColorMode.AUTO && env.terminal()
        && !env.isSet("NO_COLOR") && !"dumb".equals(env.get("TERM")));
  }

  /** Colour wanted whether or not there is a terminal: {@code --color always} or CLICOLOR_FORCE. */
  private static boolean forced(ColorMode mode, Env env) {
    // Comparisons, not a switch: a switch over an enum costs a class of its own at every start-up.
    return mode == ColorMode.ALWAYS || (mode == ColorMode.AUTO
        && env.isSet("CLICOLOR_FORCE") && !"0".equals(env.get("CLICOLOR_FORCE")));
  }

  /**
   * The columns text is wrapped to: the measure asked for ({@code --width}, else
   * {@code CONVO_WIDTH}, else {@link #READING_WIDTH}), or the screen's whole width where that is
   * narrower. Off a terminal, without COLUMNS, there is no screen: a measure asked for is the width,
   * and otherwise the 80 columns assumed there.
   */
  static int textWidth(Env env, Integer asked) {
    Integer measure = asked != null ? asked : variableWidth(env);
    if (measure == null) {
      return Math.min(env.columns(), READING_WIDTH);
    }
    return env.knowsColumns() ? Math.min(env.columns(), measure) : measure;
  }

  private static Integer variableWidth(Env env) {
    if (!env.isSet(OutputOptions.WIDTH_VARIABLE)) {
      return null;
    }
    String value = env.get(OutputOptions.WIDTH_VARIABLE);
    Integer columns = OutputOptions.columns(value);
    if (columns == null) {
      throw new ConvoException(ExitCode.USAGE,
          OutputOptions.wants(OutputOptions.WIDTH_VARIABLE) + ", not '" + value + "'");
    }
    return columns;
  }

  /** {@code $PAGER}, or {@code less -FRX} when unset; an empty PAGER or {@code cat} means none. */
  static String pagerCommand(Env env) {
    String pager = env.get("PAGER");
    if (pager == null) {
      return DEFAULT_PAGER;
    }
    return pager.isBlank() || pager.strip().equals("cat") ? null : pager.strip();
  }

  /** The format decided on: asked for, or what standard output calls for. */
  Format format() {
    return format;
  }

  public Renderer renderer(Corpus corpus) {
    return Renderer.of(format, new View(corpus, palette, width), sink);
  }

  /**
   * The renderer of {@code part} of the output, records of conversation {@code conversation}, their
   * ids {@code qualified} by it or not.
   */
  public Renderer renderer(Corpus corpus, String conversation, boolean qualified, Part part) {
    return Renderer.of(format, new View(corpus, palette, width, conversation, qualified, part), sink);
  }

  @Override
  public void close() {
    PrintWriter out = commandLine.getOut();
    if (held != null) {
      String text = held.toString();
      if (lines(text) < env.rows() || !env.pager().page(pager, text)) {
        out.write(text);
      }
    }
    out.flush();
  }

  private static int lines(String text) {
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
