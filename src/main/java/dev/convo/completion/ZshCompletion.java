package dev.convo.completion;

import static dev.convo.completion.ShellQuoting.zsh;
import static dev.convo.completion.ShellQuoting.zshItem;

import dev.convo.completion.CompletionTree.Opt;
import dev.convo.completion.CompletionTree.Positional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a native zsh completion function ({@code #compdef}, {@code _arguments}, {@code _describe}):
 * unlike a bash script loaded through {@code bashcompinit}, it shows each option's and each
 * value's description and knows which options exclude each other. The shell code is that of
 * {@code convo.zsh.template}, with a function per command from {@code zsh-command.template} or,
 * for a command with subcommands, {@code zsh-command-with-subcommands.template}.
 */
final class ZshCompletion {
  private final CompletionTree tree;
  private final Map<CorpusList, List<Candidate>> corpus;

  ZshCompletion(CompletionTree tree, Map<CorpusList, List<Candidate>> corpus) {
    this.tree = tree;
    this.corpus = corpus;
  }

  String script() {
    List<String> functions = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      functions.addAll(command(command).lines().toList());
    }
    return Template.load("convo.zsh.template").fill(Map.of(
        "name", List.of(tree.name()),
        "corpus_names", corpusNames(),
        "subcommand_cases", subcommandCases(),
        "subcommand_names", subcommandNames(),
        "command_functions", functions));
  }

  /** The bundled interview's names of each kind, for when no other corpus is named. */
  private List<String> corpusNames() {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<CorpusList, List<Candidate>> entry : corpus.entrySet()) {
      lines.add(entry.getKey().noun() + ")");
      lines.add("  values=(");
      for (Candidate c : entry.getValue()) {
        lines.add("    " + zsh(zshItem(c.value(), c.description())));
      }
      lines.add("  ) ;;");
    }
    return lines;
  }

  /** {@code 'convo quotes') command='convo quotes' ;;}: the command a word leads to. */
  private List<String> subcommandCases() {
    List<String> lines = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      for (CompletionTree sub : command.subcommands()) {
        lines.add(names(sub).stream().map(w -> zsh(command.qualifiedName() + " " + w))
            .collect(Collectors.joining("|")) + ") command=" + zsh(sub.qualifiedName()) + " ;;");
      }
    }
    return lines;
  }

  private List<String> subcommandNames() {
    List<String> lines = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      if (!command.subcommands().isEmpty()) {
        lines.add(zsh(command.qualifiedName()) + ")");
        lines.add("  names=(");
        for (CompletionTree sub : command.subcommands()) {
          lines.add("    " + described(sub));
        }
        lines.add("  ) ;;");
      }
    }
    return lines;
  }

  private String command(CompletionTree command) {
    List<String> specs = new ArrayList<>();
    for (Opt option : command.options()) {
      specs.addAll(optionSpecs(option));
    }
    if (command.subcommands().isEmpty()) {
      for (Positional p : command.positionals()) {
        String action = zsh(":" + ShellQuoting.zshColons(p.label().replaceAll("[<>]", "")) + ":"
            + action(p.values()));
        if (p.max() == Integer.MAX_VALUE) {
          specs.add("'*'" + action);
        } else {
          for (int i = p.min(); i <= p.max(); i++) {
            specs.add((i + 1) + action);
          }
        }
      }
      return Template.load("zsh-command.template").fill(Map.of(
          "function", List.of(function(command)),
          "arguments", arguments("_arguments -s", specs, "")));
    }
    specs.add("'1: :->command'");
    specs.add("'*:: :->args'");
    return Template.load("zsh-command-with-subcommands.template").fill(Map.of(
        "function", List.of(function(command)),
        "arguments", arguments("_arguments -C -s", specs, " && ret=0"),
        "subcommands", command.subcommands().stream().map(ZshCompletion::described).toList(),
        "tag", List.of(zsh(command.qualifiedName() + " command")),
        "context", List.of(command.contextName()),
        "dispatch", command.subcommands().stream()
            .map(sub -> names(sub).stream().map(ShellQuoting::zsh).collect(Collectors.joining("|"))
                + ") " + function(sub) + " && ret=0 ;;")
            .toList()));
  }

  /** The {@code _arguments} call, one spec a line; {@code last} ends the last line. */
  private static List<String> arguments(String call, List<String> specs, String last) {
    if (specs.isEmpty()) {
      return List.of(call + " && ret=0");
    }
    List<String> lines = new ArrayList<>();
    lines.add(call + " \\");
    for (int i = 0; i < specs.size(); i++) {
      lines.add("  " + specs.get(i) + (i < specs.size() - 1 ? " \\" : last));
    }
    return lines;
  }

  private List<String> optionSpecs(Opt option) {
    boolean exits = option.names().contains("--help") || option.names().contains("--version");
    String exclusions = exits ? "(- *)" : "(" + String.join(" ", option.names()) + ")";
    String description = ShellQuoting.zshBracketed(option.description());
    String argument = "";
    if (option.values() != null) {
      String label = option.names().stream().filter(n -> n.startsWith("--")).findFirst()
          .orElse(option.names().get(0)).replaceFirst("^-+", "");
      argument = ":" + label + ":" + action(option.values());
    }
    List<String> specs = new ArrayList<>();
    for (String name : option.names()) {
      String suffix = "";
      if (option.values() != null) {
        if (option.valueOptional()) {
          suffix = name.startsWith("--") ? "=-" : "-";
        } else {
          suffix = name.startsWith("--") ? "=" : "+";
        }
      }
      specs.add(zsh((option.hidden() ? "!" : "") + exclusions + name + suffix + description + argument));
    }
    return specs;
  }

  private String action(Values values) {
    List<String> actions = new ArrayList<>();
    if (!values.fixed().isEmpty()) {
      actions.add("(" + values.fixed().stream().map(Candidate::value)
          .map(ShellQuoting::zshListed).collect(Collectors.joining(" ")) + ")");
    }
    if (!values.corpus().isEmpty()) {
      actions.add(" _" + tree.name() + "_corpus "
          + values.corpus().stream().map(CorpusList::noun).collect(Collectors.joining(" ")));
    }
    if (values.commands()) {
      actions.add("_" + tree.name() + "_commands");
    }
    if (values.files()) {
      actions.add("_files");
    }
    if (actions.isEmpty()) {
      return " ";
    }
    if (actions.size() == 1) {
      return actions.get(0);
    }
    return "{" + actions.stream()
        .map(a -> a.startsWith("(") ? "compadd - " + a.substring(1, a.length() - 1) : a.strip())
        .collect(Collectors.joining("; ")) + "}";
  }

  private static String described(CompletionTree command) {
    return zsh(zshItem(command.name(), command.description()));
  }

  private static List<String> names(CompletionTree command) {
    List<String> names = new ArrayList<>();
    names.add(command.name());
    names.addAll(command.aliases());
    return names;
  }

  /** {@code _convo_cmd} for the root, {@code _convo_cmd_quotes_show} for {@code convo quotes show}. */
  private String function(CompletionTree command) {
    StringBuilder name = new StringBuilder("_" + tree.name() + "_cmd");
    for (String word : command.path().subList(1, command.path().size())) {
      name.append('_').append(word.replaceAll("[^A-Za-z0-9]", "_"));
    }
    return name.toString();
  }
}
