package dev.convo.completion;

import static dev.convo.completion.ShellQuoting.fish;

import dev.convo.completion.CompletionTree.Opt;
import dev.convo.completion.CompletionTree.Positional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the fish completion script (picocli has no fish generator): the shell code of
 * {@code convo.fish.template}, with the command tree's and the corpus's tables and a
 * {@code complete} line for each command, option and parameter.
 */
final class FishCompletion {
  private final CompletionTree tree;
  private final Map<CorpusList, List<Candidate>> corpus;

  FishCompletion(CompletionTree tree, Map<CorpusList, List<Candidate>> corpus) {
    this.tree = tree;
    this.corpus = corpus;
  }

  String script() {
    List<String> completions = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      completions.addAll(completions(command));
    }
    return Template.load("convo.fish.template").fill(Map.of(
        "name", List.of(tree.name()),
        "options_taking_values", optionsTakingValues(),
        "subcommand_cases", subcommandCases(),
        "subcommand_names", subcommandNames(),
        "corpus_names", corpusNames(),
        "completions", completions));
  }

  private List<String> optionsTakingValues() {
    List<String> valued = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      for (Opt option : command.optionsTakingValues()) {
        for (String n : option.names()) {
          valued.add(fish(command.qualifiedName() + " " + n));
        }
      }
    }
    return valued.isEmpty() ? List.of() : List.of("case " + String.join(" ", valued), "    set skip 1");
  }

  private List<String> subcommandCases() {
    List<String> lines = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      for (CompletionTree sub : command.subcommands()) {
        List<String> words = new ArrayList<>();
        words.add(sub.name());
        words.addAll(sub.aliases());
        lines.add("case " + words.stream().map(w -> fish(command.qualifiedName() + " " + w))
            .collect(Collectors.joining(" ")));
        lines.add("    echo " + fish(sub.qualifiedName()));
        lines.add("    return 0");
      }
    }
    return lines;
  }

  private List<String> subcommandNames() {
    List<String> lines = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      if (!command.subcommands().isEmpty()) {
        lines.add("case " + fish(command.qualifiedName()));
        lines.addAll(printed(command.subcommands().stream()
            .map(sub -> fish(sub.name()) + " " + fish(sub.description())).toList()));
      }
    }
    return lines;
  }

  /** The bundled interview's names of each kind, for when no other corpus is named. */
  private List<String> corpusNames() {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<CorpusList, List<Candidate>> entry : corpus.entrySet()) {
      lines.add("case " + entry.getKey().noun());
      lines.addAll(printed(entry.getValue().stream()
          .map(c -> fish(c.value()) + " " + fish(c.description())).toList()));
    }
    return lines;
  }

  /** A {@code printf} of one {@code name<TAB>description} line per pair, a pair a line. */
  private static List<String> printed(List<String> pairs) {
    List<String> lines = new ArrayList<>();
    lines.add("    printf '%s\\t%s\\n' \\");
    for (int i = 0; i < pairs.size(); i++) {
      lines.add("        " + pairs.get(i) + (i < pairs.size() - 1 ? " \\" : ""));
    }
    return lines;
  }

  private List<String> completions(CompletionTree command) {
    List<String> lines = new ArrayList<>();
    String name = tree.name();
    String at = fish(fn("at") + " " + fish(command.qualifiedName()));
    for (CompletionTree sub : command.subcommands()) {
      lines.add("complete -c " + name + " -n " + fish(fn("at") + " " + fish(command.qualifiedName()) + " 0 0")
          + " -a " + fish(sub.name()) + " -d " + fish(sub.description()));
    }
    for (Opt option : command.options()) {
      if (option.hidden()) {
        if (option.values() != null) {
          String after = fn("at") + " " + fish(command.qualifiedName()) + "; and " + fn("after") + " "
              + String.join(" ", option.names());
          lines.add("complete -c " + name + " -n " + fish(after) + valueArguments(option.values()));
        }
        continue;
      }
      StringBuilder c = new StringBuilder("complete -c " + name + " -n " + at);
      for (String n : option.names()) {
        if (n.startsWith("--")) {
          c.append(" -l ").append(n.substring(2));
        } else if (n.length() == 2) {
          c.append(" -s ").append(n.substring(1));
        } else {
          c.append(" -o ").append(n.substring(1));
        }
      }
      if (option.values() != null) {
        c.append(valueArguments(option.values()));
      }
      c.append(" -d ").append(fish(option.description()));
      lines.add(c.toString());
    }
    if (command.subcommands().isEmpty()) {
      for (Positional p : command.positionals()) {
        if (p.values().isEmpty()) {
          continue;
        }
        String max = p.max() == Integer.MAX_VALUE ? "" : " " + p.max();
        String condition = fn("at") + " " + fish(command.qualifiedName()) + " " + p.min() + max;
        lines.add("complete -c " + name + " -n " + fish(condition) + positionalArguments(p.values()));
      }
    }
    return lines;
  }

  private String valueArguments(Values values) {
    String candidates = candidates(values);
    if (values.files()) {
      return " -r -F" + candidates;
    }
    return " -x" + candidates;
  }

  private String positionalArguments(Values values) {
    return (values.files() ? " -F" : "") + candidates(values);
  }

  private String candidates(Values values) {
    List<String> parts = new ArrayList<>();
    for (Candidate c : values.fixed()) {
      // An empty description after the tab keeps fish from repeating the option's on every value.
      parts.add(c.value() + "\\t" + c.description());
    }
    for (CorpusList list : values.corpus()) {
      parts.add("(" + fn("corpus") + " " + list.noun() + ")");
    }
    if (values.commands()) {
      parts.add("(" + fn("commands") + ")");
    }
    return parts.isEmpty() ? "" : " -a " + fish(String.join(" ", parts));
  }

  private String fn(String suffix) {
    return "__" + tree.name() + "_" + suffix;
  }
}
