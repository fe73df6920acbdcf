package dev.convo.cli;

import dev.convo.render.Format;
import dev.convo.render.View;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of every command that prints records: {@code --format}, {@code --json},
 * {@code --color}, {@code --width} and {@code --no-pager}. A command adds them with
 * {@code .add(output)} and prints through {@link #open()}.
 */
public final class OutputOptions implements CommandBuilder.OptionGroup {
  public static final String WIDTH_VARIABLE = "CONVO_WIDTH";
  /** Wider than this a line of text is no longer a line: nobody reads a thousand columns. */
  static final int MAX_WIDTH = 1000;

  /** Repeatable, the last one counting, as in most Unix tools: an alias may set one, a user another. */
  private final OptionSpec format = OptionSpec.builder("-f", "--format").type(List.class)
      .auxiliaryTypes(Format.class).arity("1")
      .paramLabel("FORMAT").converters(new FormatConverter()).completionCandidates(new FormatNames())
      .description("text, plain, tsv, json, jsonl or markdown (default: text on a terminal or"
          + " with colour forced, plain otherwise; given twice, the last counts).")
      .build();
  private final OptionSpec json = CommandBuilder.flag("Same as --format json.", "--json");
  private final OptionSpec color = OptionSpec.builder("--color", "--colour").type(ColorMode.class)
      .paramLabel("WHEN").converters(new ColorConverter()).completionCandidates(new ColorNames())
      .defaultValue("auto")
      .description("auto, always or never (default: auto: colour on a terminal unless NO_COLOR is"
          + " set or TERM=dumb; CLICOLOR_FORCE forces it).")
      .build();
  private final OptionSpec width = OptionSpec.builder("--width").type(Integer.class).paramLabel("N")
      .parameterConsumer(new WidthConsumer())
      .description("Wrap text to at most N columns (default: $" + WIDTH_VARIABLE + ", else "
          + Output.READING_WIDTH + "); a narrower terminal's width is used whole.")
      .build();
  private final OptionSpec noPager = CommandBuilder.flag("Never page output (it is paged only on a"
      + " terminal, when longer than the screen).", "--no-pager");
  private CommandSpec command;

  @Override
  public void addTo(CommandSpec command) {
    this.command = command;
    command.addOption(format).addOption(json).addOption(color).addOption(width).addOption(noPager);
  }

  /** The format asked for last with {@code --format}, or null. */
  Format format() {
    List<Format> formats = format.getValue();
    return formats == null || formats.isEmpty() ? null : formats.get(formats.size() - 1);
  }

  boolean json() {
    return json.getValue();
  }

  ColorMode color() {
    return color.getValue();
  }

  boolean noPager() {
    return noPager.getValue();
  }

  /** The width asked for with {@code --width}, or null. */
  Integer width() {
    return width.getValue();
  }

  /** The columns text is wrapped to, as {@link Output} decides it. */
  public int textWidth() {
    return Output.textWidth(ConvoCommand.of(command).env(), width());
  }

  /** Opens the output of the command these options belong to. */
  public Output open() {
    return Output.open(command.commandLine(), ConvoCommand.of(command), this);
  }

  /** A number of columns text can be wrapped to, or null when {@code value} is not one. */
  static Integer columns(String value) {
    if (value == null || !value.matches("[0-9]{1,4}")) {
      return null;
    }
    int columns = Integer.parseInt(value);
    return columns >= View.MIN_WIDTH && columns <= MAX_WIDTH ? columns : null;
  }

  /** What {@code name} wants, worded as the option's own error and the variable's. */
  static String wants(String name) {
    return name + " wants a number of columns from " + View.MIN_WIDTH + " to " + MAX_WIDTH;
  }

  /**
   * Reads {@code --width}'s value itself, so that a bad one is named in the user's terms, and a
   * second {@code --width} replaces the first, as a second {@code --format} does.
   */
  static final class WidthConsumer implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec option, CommandSpec command) {
      if (args.isEmpty()) {
        throw new ParameterException(command.commandLine(), wants("--width"));
      }
      String value = args.pop();
      Integer columns = columns(value);
      if (columns == null) {
        throw new ParameterException(command.commandLine(), wants("--width") + ", not '" + value + "'");
      }
      option.setValue(columns);
    }
  }

  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      Optional<Format> format = Format.byId(value);
      if (format.isEmpty()) {
        throw new TypeConversionException(
            "unknown format '" + value + "' (expected text, plain, tsv, json, jsonl or markdown)");
      }
      return format.get();
    }
  }

  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Format.values()).map(Format::id).iterator();
    }
  }

  static final class ColorConverter implements ITypeConverter<ColorMode> {
    @Override
    public ColorMode convert(String value) {
      for (ColorMode mode : ColorMode.values()) {
        if (mode.name().equalsIgnoreCase(value.strip())) {
          return mode;
        }
      }
      throw new TypeConversionException("unknown colour mode '" + value
          + "' (expected auto, always or never)");
    }
  }

  static final class ColorNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ColorMode.values()).map(m -> m.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }
}
