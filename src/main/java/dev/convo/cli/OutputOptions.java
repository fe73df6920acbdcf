package dev.convo.cli;

import dev.convo.render.Format;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of every command that prints records: {@code --format}, {@code --json},
 * {@code --color} and {@code --no-pager}. A command adds them with
 * {@code .add(output)} and prints through {@link #open()}.
 */
public final class OutputOptions implements CommandBuilder.OptionGroup {
  private final OptionSpec format = OptionSpec.builder("-f", "--format").type(Format.class)
      .paramLabel("FORMAT").converters(new FormatConverter()).completionCandidates(new FormatNames())
      .description("text, plain, tsv, json, jsonl or markdown (default: text on a terminal,"
          + " plain otherwise).")
      .build();
  private final OptionSpec json = CommandBuilder.flag("Same as --format json.", "--json");
  private final OptionSpec color = OptionSpec.builder("--color", "--colour").type(ColorMode.class)
      .paramLabel("WHEN").converters(new ColorConverter()).completionCandidates(new ColorNames())
      .defaultValue("auto")
      .description("auto, always or never (default: auto: colour on a terminal unless NO_COLOR is"
          + " set or TERM=dumb; CLICOLOR_FORCE forces it).")
      .build();
  private final OptionSpec noPager = CommandBuilder.flag("Never page output (it is paged only on a"
      + " terminal, when longer than the screen).", "--no-pager");
  private CommandSpec command;

  @Override
  public void addTo(CommandSpec command) {
    this.command = command;
    command.addOption(format).addOption(json).addOption(color).addOption(noPager);
  }

  /** The format asked for with {@code --format}, or null. */
  Format format() {
    return format.getValue();
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

  /** Opens the output of the command these options belong to. */
  public Output open() {
    return Output.open(command.commandLine(), ConvoCommand.of(command).env(), this);
  }

  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.byId(value).orElseThrow(() -> new TypeConversionException(
          "unknown format '" + value + "' (expected text, plain, tsv, json, jsonl or markdown)"));
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
