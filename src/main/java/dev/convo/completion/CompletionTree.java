package dev.convo.completion;

import dev.convo.cli.HelpText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The picocli command tree reduced to what a completion script needs: visible commands, their
 * option names, and for every value what may be offered. Each shell generator walks this instead of
 * {@link CommandSpec} so the three scripts cannot disagree about the tree.
 */
record CompletionTree(
    List<String> path,
    String description,
    List<String> aliases,
    List<CompletionTree> subcommands,
    List<Opt> options,
    List<Positional> positionals) {

  /**
   * An option; {@code values} is null for a flag. A hidden option is not offered, but its value
   * is completed once it is typed.
   */
  record Opt(List<String> names, String description, Values values, boolean valueOptional,
      boolean hidden) {}

  /** Positional parameters at indexes {@code min..max} (inclusive) of their command. */
  record Positional(int min, int max, String label, String description, Values values) {}

  String name() {
    return path.get(path.size() - 1);
  }

  /** Words of the command path joined by spaces: {@code convo quotes show}. */
  String qualifiedName() {
    return String.join(" ", path);
  }

  /** Words of the command path joined by hyphens: {@code convo-quotes-show}, for zsh contexts. */
  String contextName() {
    return String.join("-", path);
  }

  /** This command and every visible command under it, parents first. */
  List<CompletionTree> walk() {
    List<CompletionTree> all = new ArrayList<>();
    all.add(this);
    for (CompletionTree sub : subcommands) {
      all.addAll(sub.walk());
    }
    return all;
  }

  /** The options offered by name. */
  List<Opt> visibleOptions() {
    return options.stream().filter(o -> !o.hidden()).toList();
  }

  List<Opt> optionsTakingValues() {
    return options.stream().filter(o -> o.values() != null).toList();
  }

  static CompletionTree of(CommandSpec spec) {
    return of(spec, List.of(spec.name()));
  }

  private static CompletionTree of(CommandSpec spec, List<String> path) {
    List<CompletionTree> subs = new ArrayList<>();
    Map<CommandLine, Boolean> seen = new IdentityHashMap<>();
    for (CommandLine sub : spec.subcommands().values()) {
      CommandSpec subSpec = sub.getCommandSpec();
      if (seen.put(sub, Boolean.TRUE) != null || subSpec.usageMessage().hidden()) {
        continue;
      }
      List<String> subPath = new ArrayList<>(path);
      subPath.add(subSpec.name());
      subs.add(of(subSpec, List.copyOf(subPath)));
    }
    List<Opt> options = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      Set<String> names = new LinkedHashSet<>(List.of(option.names()));
      if (option.negatable()) {
        CommandLine.INegatableOptionTransformer negation = spec.negatableOptionTransformer();
        for (String name : option.names()) {
          names.add(negation.makeNegative(name, spec));
        }
      }
      boolean takesValue = option.arity().max() > 0;
      options.add(new Opt(
          List.copyOf(names),
          HelpText.summary(option.description()),
          takesValue ? Values.of(option) : null,
          option.arity().min() == 0,
          option.hidden()));
    }
    List<Positional> positionals = new ArrayList<>();
    for (PositionalParamSpec param : spec.positionalParameters()) {
      if (param.hidden()) {
        continue;
      }
      positionals.add(new Positional(
          param.index().min(),
          param.index().max(),
          param.paramLabel(),
          HelpText.summary(param.description()),
          Values.of(param)));
    }
    return new CompletionTree(
        path,
        HelpText.summary(spec.usageMessage().description()),
        List.of(spec.aliases()),
        List.copyOf(subs),
        List.copyOf(options),
        List.copyOf(positionals));
  }
}
