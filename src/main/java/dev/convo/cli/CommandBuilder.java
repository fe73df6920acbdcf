package dev.convo.cli;

import dev.convo.text.Columns;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Range;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Declares a command in code, through picocli's programmatic model, where picocli's annotations
 * would be the usual way. Reading annotations is the costliest part of a start-up: every annotation
 * type becomes a proxy class generated at run time, which JDK 17's class-data sharing cannot archive,
 * and every annotated field is parsed reflectively (bench/RESULTS.md has the figures).
 *
 * <p>A command keeps its options as {@link OptionSpec} fields and reads them with
 * {@link OptionSpec#getValue()} when it runs; picocli resets them before every parse. Options
 * several commands share live in an {@link OptionGroup}, as picocli mixins would.
 */
public final class CommandBuilder {
  /** Examples are indented this much under their heading, as picocli indents options. */
  private static final String INDENT = "  ";

  private final CommandSpec spec;
  private final List<Example> examples = new ArrayList<>();
  private boolean standardHelpOptions;

  private record Example(String command, String comment) {}

  private CommandBuilder(Object command, String name) {
    spec = CommandSpec.wrapWithoutInspection(command).name(name);
  }

  /** Options that several commands declare alike: {@code --format}, the filters, and so on. */
  public interface OptionGroup {
    /** Adds the group's options to {@code command}, the spec of the command that declares them. */
    void addTo(CommandSpec command);
  }

  /** A command named {@code name} whose picocli user object, the one called, is {@code command}. */
  public static CommandBuilder command(Object command, String name) {
    return new CommandBuilder(command, name);
  }

  /** A switch; it reads as false, never null, when not given. */
  public static OptionSpec flag(String description, String... names) {
    return OptionSpec.builder(names).type(boolean.class).initialValue(false)
        .description(description).build();
  }

  /** An option taking one value of {@code type}, null when not given. */
  public static OptionSpec option(Class<?> type, String label, String description, String... names) {
    return OptionSpec.builder(names).type(type).paramLabel(label).description(description).build();
  }

  /** One positional parameter of {@code type}, required unless {@code arity} allows none. */
  public static PositionalParamSpec parameter(Class<?> type, String arity, String label,
      String description) {
    return PositionalParamSpec.builder().type(type).arity(arity).required(required(arity))
        .paramLabel(label).description(description).build();
  }

  /** Positional words, as a {@code List<String>}, required unless {@code arity} allows none. */
  public static PositionalParamSpec words(String arity, String label, String description) {
    return PositionalParamSpec.builder().type(List.class).auxiliaryTypes(String.class).arity(arity)
        .required(required(arity)).paramLabel(label).description(description).build();
  }

  /**
   * The examples, one a line, their comments lined up in one column as a terminal shows them
   * (Chinese counting two columns), and every {@code %} doubled: picocli formats the footer.
   */
  private String[] footer() {
    int width = 0;
    for (Example example : examples) {
      if (example.comment() != null) {
        width = Math.max(width, Columns.of(example.command()));
      }
    }
    String[] lines = new String[examples.size()];
    for (int i = 0; i < lines.length; i++) {
      Example example = examples.get(i);
      String line = example.comment() == null ? example.command()
          : Columns.pad(example.command(), width) + "  # " + example.comment();
      lines[i] = (INDENT + line).replace("%", "%%");
    }
    return lines;
  }

  /** What picocli decides from an annotation's arity, and leaves to the caller in code. */
  private static boolean required(String arity) {
    return Range.valueOf(arity).min() > 0;
  }

  public CommandBuilder aliases(String... aliases) {
    spec.aliases(aliases);
    return this;
  }

  public CommandBuilder description(String... lines) {
    spec.usageMessage().description(lines);
    return this;
  }

  /** An example for the footer of {@code --help}: a command line to copy as it is. */
  public CommandBuilder example(String command) {
    examples.add(new Example(command, null));
    return this;
  }

  /**
   * An example and what it does, which follows it as a shell comment ({@code # …}), so that the
   * whole line can be copied and run.
   */
  public CommandBuilder example(String command, String comment) {
    examples.add(new Example(command, comment));
    return this;
  }

  public CommandBuilder hidden() {
    spec.usageMessage().hidden(true);
    return this;
  }

  /**
   * {@code -h, --help} and {@code -V, --version}, worded as picocli's
   * {@code mixinStandardHelpOptions} words them (that mixin is itself read from annotations), and
   * added after every other option, where picocli puts them.
   */
  public CommandBuilder standardHelpOptions() {
    standardHelpOptions = true;
    return this;
  }

  public CommandBuilder add(ArgSpec... args) {
    for (ArgSpec arg : args) {
      if (arg instanceof OptionSpec option) {
        spec.addOption(option);
      } else {
        spec.addPositional((PositionalParamSpec) arg);
      }
    }
    return this;
  }

  public CommandBuilder add(OptionGroup group) {
    group.addTo(spec);
    return this;
  }

  public CommandSpec build() {
    if (!examples.isEmpty()) {
      spec.usageMessage().footerHeading("%nExamples:%n").footer(footer());
    }
    if (standardHelpOptions) {
      spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
          .description("Show this help message and exit.").build());
      spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
          .description("Print version information and exit.").build());
    }
    return spec;
  }
}
