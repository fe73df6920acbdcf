package dev.convo.completion;

import static dev.convo.completion.ShellQuoting.bash;

import dev.convo.completion.CompletionTree.Opt;
import dev.convo.completion.CompletionTree.Positional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the bash completion script: the shell code of {@code convo.bash.template} with the command
 * tree's and the corpus's tables filled in. picocli's {@code AutoComplete} writes one too, but it
 * can only offer candidates fixed in the script; convo's must ask convo itself when another corpus
 * is in use, and share one tree walk with the zsh and fish scripts. It needs nothing but bash 4.
 */
final class BashCompletion {
  private static final String TEMPLATE = "convo.bash.template";

  private final CompletionTree tree;
  private final Map<CorpusList, List<Candidate>> corpus;

  BashCompletion(CompletionTree tree, Map<CorpusList, List<Candidate>> corpus) {
    this.tree = tree;
    this.corpus = corpus;
  }

  String script() {
    return Template.load(TEMPLATE).fill(Map.of(
        "name", List.of(tree.name()),
        "subcommand_cases", subcommandCases(),
        "subcommand_names", subcommandNames(),
        "option_names", optionNames(),
        "options_taking_values", optionsTakingValues(),
        "value_cases", valueCases(),
        "corpus_names", corpusNames()));
  }

  /** {@code 'convo quotes') path='convo quotes' ;;}: the command a word leads to. */
  private List<String> subcommandCases() {
    List<String> lines = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      for (CompletionTree sub : command.subcommands()) {
        List<String> words = new ArrayList<>();
        words.add(sub.name());
        words.addAll(sub.aliases());
        String patterns = words.stream()
            .map(w -> bash(command.qualifiedName() + " " + w))
            .collect(Collectors.joining(" | "));
        lines.add(patterns + ") path=" + bash(sub.qualifiedName()) + " ;;");
      }
    }
    return lines;
  }

  private List<String> subcommandNames() {
    List<String> lines = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      if (!command.subcommands().isEmpty()) {
        List<String> names = command.subcommands().stream().map(CompletionTree::name).toList();
        lines.add(bash(command.qualifiedName()) + ") candidates+=(" + words(names) + ") ;;");
      }
    }
    return lines;
  }

  private List<String> optionNames() {
    List<String> lines = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      List<String> names = command.visibleOptions().stream().flatMap(o -> o.names().stream()).toList();
      if (!names.isEmpty()) {
        lines.add(bash(command.qualifiedName()) + ") candidates+=(" + words(names) + ") ;;");
      }
    }
    return lines;
  }

  private List<String> optionsTakingValues() {
    List<String> patterns = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      for (Opt option : command.optionsTakingValues()) {
        if (!option.valueOptional()) {
          for (String name : option.names()) {
            patterns.add(bash(command.qualifiedName() + " " + name));
          }
        }
      }
    }
    return patterns.isEmpty() ? List.of() : List.of(String.join(" | ", patterns) + ") return 0 ;;");
  }

  /** The values of each option, then of each command's positional parameters by their index. */
  private List<String> valueCases() {
    List<String> lines = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      for (Opt option : command.optionsTakingValues()) {
        if (option.values().isEmpty()) {
          continue;
        }
        lines.add(option.names().stream()
            .map(n -> bash(command.qualifiedName() + " " + n))
            .collect(Collectors.joining(" | ")) + ")");
        lines.add("  " + action(option.values()) + " ;;");
      }
      List<Positional> positionals =
          command.positionals().stream().filter(p -> !p.values().isEmpty()).toList();
      if (!positionals.isEmpty()) {
        lines.add(bash(command.qualifiedName() + " ") + ")");
        for (Positional p : positionals) {
          String range = p.max() == Integer.MAX_VALUE
              ? "$3 >= " + p.min()
              : "$3 >= " + p.min() + " && $3 <= " + p.max();
          lines.add("  if ((" + range + ")); then " + action(p.values()) + "; fi");
        }
        lines.add("  ;;");
      }
    }
    return lines;
  }

  private String action(Values values) {
    List<String> parts = new ArrayList<>();
    if (!values.fixed().isEmpty()) {
      parts.add("candidates+=(" + words(values.fixed().stream().map(Candidate::value).toList()) + ")");
    }
    for (CorpusList list : values.corpus()) {
      parts.add("_" + tree.name() + "_corpus " + list.noun());
    }
    if (values.commands()) {
      parts.add("_" + tree.name() + "_commands");
    }
    if (values.files()) {
      parts.add("files=1");
    }
    return String.join("; ", parts);
  }

  /** The bundled interview's names of each kind, for when no other corpus is named. */
  private List<String> corpusNames() {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<CorpusList, List<Candidate>> entry : corpus.entrySet()) {
      List<String> values = entry.getValue().stream().map(Candidate::value).toList();
      lines.add(entry.getKey().noun() + ") names=(" + words(values) + ") ;;");
    }
    return lines;
  }

  private static String words(List<String> words) {
    return words.stream().map(ShellQuoting::bash).collect(Collectors.joining(" "));
  }
}
