package dev.convo.cli;

import dev.convo.render.Format;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of every command that prints records: {@code --format}, {@code --json},
 * {@code --color} and {@code --no-pager}. Include with {@code @Mixin OutputOptions output;} and
 * print through {@link #open()}.
 */
public final class OutputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
      completionCandidates = FormatNames.class,
      description = "text, plain, tsv, json, jsonl or markdown (default: text on a terminal,"
          + " plain otherwise).")
  Format format;

  @Option(names = "--json", description = "Same as --format json.")
  boolean json;

  @Option(names = {"--color", "--colour"}, paramLabel = "WHEN", converter = ColorConverter.class,
      completionCandidates = ColorNames.class, defaultValue = "auto",
      description = "auto, always or never (default: auto: colour on a terminal unless NO_COLOR is"
          + " set or TERM=dumb; CLICOLOR_FORCE forces it).")
  ColorMode color;

  @Option(names = "--no-pager", description = "Never page output (it is paged only on a terminal,"
      + " when longer than the screen).")
  boolean noPager;

  /** Opens the output of the command this mixin belongs to. */
  public Output open() {
    return Output.open(mixee.commandLine(), ConvoCommand.of(mixee).env(), this);
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
