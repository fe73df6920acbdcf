package dev.convo.cli;

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
  private final CommandSpec spec;
  private boolean standardHelpOptions;

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

  /** The footer of {@code --help}: lines of examples, each an indented command line. */
  public CommandBuilder examples(String... lines) {
    spec.usageMessage().footerHeading("%nExamples:%n").footer(lines);
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
    if (standardHelpOptions) {
      spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
          .description("Show this help message and exit.").build());
      spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
          .description("Print version information and exit.").build());
    }
    return spec;
  }
}
