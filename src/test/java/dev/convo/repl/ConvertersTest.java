package dev.convo.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.convo.Main;
import dev.convo.cli.Cli;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Picocli's built-in converters that convo leaves out ({@link Cli#UNUSED_CONVERTERS}) are for types
 * no option or parameter of any of its trees takes, unless it brings a converter of its own.
 */
class ConvertersTest {
  private static final PrintWriter SILENT = new PrintWriter(Writer.nullWriter());

  /** Every argument below {@code spec}, its own included, that would need a converter left out. */
  private static List<String> needingLeftOut(CommandSpec spec) {
    List<String> found = new ArrayList<>();
    List<ArgSpec> args = new ArrayList<>(spec.options());
    args.addAll(spec.positionalParameters());
    for (ArgSpec arg : args) {
      // A single value's auxiliary type is its type; a list's, the type of its elements.
      Set<Class<?>> types = new LinkedHashSet<>(List.of(arg.type()));
      types.addAll(List.of(arg.auxiliaryTypes()));
      for (Class<?> type : types) {
        if (arg.converters().length == 0 && type.getName().matches(Cli.UNUSED_CONVERTERS)) {
          found.add(spec.qualifiedName(" ") + " " + arg.paramLabel() + ": " + type.getName());
        }
      }
    }
    for (CommandLine sub : new LinkedHashSet<>(spec.subcommands().values())) {
      found.addAll(needingLeftOut(sub.getCommandSpec()));
    }
    return found;
  }

  @Test
  void noArgumentOfTheWholeTreeNeedsAConverterLeftOut() {
    CommandSpec whole = Main.commandLine(SILENT, SILENT, Fixture.pipe()).getCommandSpec();
    assertThat(whole.subcommands()).isNotEmpty();
    assertThat(needingLeftOut(whole)).isEmpty();
  }

  @Test
  void noArgumentOfTheReplsTreeNeedsAConverterLeftOut() {
    CommandSpec repl = Fixture.session(SILENT, SILENT, Fixture.pipe()).tree().getCommandSpec();
    assertThat(repl.subcommands()).isNotEmpty();
    assertThat(needingLeftOut(repl)).isEmpty();
  }

  @Test
  void everyJavaSqlAndJavaTimeTypePicocliLooksUpIsLeftOut() throws Exception {
    String source = java.nio.file.Files.readString(java.nio.file.Path.of("target/picocli/sources/picocli/CommandLine.java"));
    java.util.regex.Matcher lookedUp = java.util.regex.Pattern.compile("excl\\(\"(java\\.(?:sql|time)\\.[A-Za-z]+)\"\\)")
        .matcher(source);
    List<String> types = new ArrayList<>();
    while (lookedUp.find()) {
      types.add(lookedUp.group(1));
    }
    assertThat(types).hasSizeGreaterThan(10).contains("java.sql.Time", "java.time.Duration", "java.time.ZoneOffset");
    assertThat(types).allMatch(type -> type.matches(Cli.UNUSED_CONVERTERS));
    assertThat("java.nio.file.Path".matches(Cli.UNUSED_CONVERTERS)).isFalse();
    assertThat("java.time.LocalDateTimeX".matches(Cli.UNUSED_CONVERTERS)).isFalse();
  }

  @Test
  void anArgumentOfALeftOutTypeIsFound() {
    CommandSpec spec = CommandSpec.create().name("wait");
    spec.addOption(OptionSpec.builder("--for").type(Duration.class).paramLabel("TIME").build());
    assertThat(needingLeftOut(spec)).containsExactly("wait TIME: java.time.Duration");
  }

  @Test
  void aCommandLineConvoMakesHasNoConverterForALeftOutType() {
    CommandSpec spec = CommandSpec.create().name("wait");
    spec.addOption(OptionSpec.builder("--for").type(Duration.class).build());
    spec.addOption(OptionSpec.builder("--times").type(int.class).build());
    CommandLine commandLine = Cli.of(spec);
    commandLine.parseArgs("--times", "3");
    assertThat(spec.findOption("--times").<Integer>getValue()).isEqualTo(3);
    assertThatThrownBy(() -> commandLine.parseArgs("--for", "PT1S"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("No TypeConverter registered for java.time.Duration");
  }
}
