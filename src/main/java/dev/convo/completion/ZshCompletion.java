package dev.convo.completion;

import dev.convo.completion.CompletionTree.Opt;
import dev.convo.completion.CompletionTree.Positional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a native zsh completion function ({@code #compdef}, {@code _arguments}, {@code _describe}):
 * unlike a bash script loaded through {@code bashcompinit}, it shows each option's and each
 * value's description and knows which options exclude each other.
 */
final class ZshCompletion {
  private final CompletionTree tree;
  private final Map<CorpusList, List<Candidate>> corpus;
  private final StringBuilder out = new StringBuilder();

  ZshCompletion(CompletionTree tree, Map<CorpusList, List<Candidate>> corpus) {
    this.tree = tree;
    this.corpus = corpus;
  }

  String script() {
    String name = tree.name();
    line("#compdef " + name);
    line("#");
    line("# zsh completion for " + name + ", generated from its command model by");
    line("# `" + name + " completion zsh`; do not edit. Topic, section, quote and speaker names are those");
    line("# of the bundled interview, written into this script. With --corpus FILE on the command line,");
    line("# or CONVO_CORPUS set, they are asked of " + name + " itself at completion time instead.");
    line("");
    corpusFunction();
    commandsFunction();
    for (CompletionTree command : tree.walk()) {
      command(command);
    }
    line("_" + name + "() {");
    line("  local " + corpusFile() + "= " + commandWord() + "=${~${(Q)words[1]}} i");
    line("  for ((i = 2; i < CURRENT; i++)); do");
    line("    case $words[i] in");
    line("      --corpus) " + corpusFile() + "=${~${(Q)words[i + 1]}} ;;");
    line("      --corpus=*) " + corpusFile() + "=${~${(Q)words[i]#*=}} ;;");
    line("    esac");
    line("  done");
    line("  " + function(tree) + " \"$@\"");
    line("}");
    line("");
    line("if [[ $zsh_eval_context[-1] == loadautofunc ]]; then");
    line("  _" + name + " \"$@\"");
    line("else");
    line("  compdef _" + name + " " + name);
    line("fi");
    return out.toString();
  }

  private void corpusFunction() {
    String name = tree.name();
    String turn = CorpusList.TURNS.noun();
    line("# Offers the corpus's names of each kind given: those of the bundled interview, or those");
    line("# " + name + " lists for the corpus named by --corpus or CONVO_CORPUS. Turns are offered once the");
    line("# word names their section (7:), sentences once it names their turn (8:8/; before that, the");
    line("# turns, each followed by the slash). _arguments calls it as it is, without compadd options");
    line("# (the action starts with a space), so that every word it is given is a kind. Turns and");
    line("# sentences keep their reading order (1:2 before 1:10): -V makes their group unsorted.");
    line("_" + name + "_corpus() {");
    line("  local kind line want ret=1");
    line("  local -a values suffix sorting");
    line("  for kind in \"$@\"; do");
    line("    values=() suffix=() want= sorting=()");
    line("    case $kind in");
    line("      " + turn + ")");
    line("        [[ $PREFIX == *:* ]] || continue");
    line("        want=${PREFIX%%:*}: sorting=(-V) ;;");
    line("      " + CorpusList.SENTENCES.noun() + ")");
    line("        [[ $PREFIX == *:* ]] || continue");
    line("        sorting=(-V)");
    line("        if [[ $PREFIX == */* ]]; then");
    line("          want=${PREFIX%%/*}/");
    line("        else");
    line("          kind=" + turn + " want=${PREFIX%%:*}: suffix=(-S /)");
    line("        fi ;;");
    line("    esac");
    line("    if [[ -n $" + corpusFile() + " || -n $CONVO_CORPUS ]]; then");
    line("      for line in ${(f)\"$(CONVO_CORPUS=${" + corpusFile() + ":-$CONVO_CORPUS} \"$"
        + commandWord() + "\" completion --list $kind 2>/dev/null)\"}; do");
    line("        values+=(\"${${line%%$'\\t'*}//:/\\\\:}:${line#*$'\\t'}\")");
    line("      done");
    line("    else");
    line("      case $kind in");
    for (Map.Entry<CorpusList, List<Candidate>> entry : corpus.entrySet()) {
      line("        " + entry.getKey().noun() + ")");
      line("          values=(");
      for (Candidate c : entry.getValue()) {
        line("            " + quote(c.value().replace(":", "\\:") + ":" + c.description()));
      }
      line("          ) ;;");
    }
    line("      esac");
    line("    fi");
    line("    if [[ -n $want ]]; then");
    line("      want=${want//:/\\\\:}");
    line("      values=(${(M)values:#$want*})");
    line("    fi");
    line("    _describe $sorting -t ${kind}s $kind values $suffix && ret=0");
    line("  done");
    line("  return ret");
    line("}");
    line("");
  }

  /** The names of the commands under those named by the positional words before the cursor. */
  private void commandsFunction() {
    String name = tree.name();
    line("# Offers the names of the commands under those named by the words typed after the current");
    line("# command (" + name + " help quotes …).");
    line("_" + name + "_commands() {");
    line("  local command=" + quote(tree.qualifiedName()) + " word");
    line("  local -a names");
    line("  for word in ${words[2,CURRENT-1]:#-*}; do");
    line("    case \"$command $word\" in");
    for (CompletionTree command : tree.walk()) {
      for (CompletionTree sub : command.subcommands()) {
        List<String> words = new ArrayList<>();
        words.add(sub.name());
        words.addAll(sub.aliases());
        line("      " + words.stream().map(w -> quote(command.qualifiedName() + " " + w))
            .collect(Collectors.joining("|")) + ") command=" + quote(sub.qualifiedName()) + " ;;");
      }
    }
    line("      *) return 1 ;;");
    line("    esac");
    line("  done");
    line("  case $command in");
    for (CompletionTree command : tree.walk()) {
      if (!command.subcommands().isEmpty()) {
        line("    " + quote(command.qualifiedName()) + ")");
        line("      names=(");
        for (CompletionTree sub : command.subcommands()) {
          line("        " + quote(sub.name().replace(":", "\\:") + ":" + sub.description()));
        }
        line("      ) ;;");
      }
    }
    line("  esac");
    line("  _describe -t commands command names");
    line("}");
    line("");
  }

  private void command(CompletionTree command) {
    List<String> specs = new ArrayList<>();
    for (Opt option : command.options()) {
      specs.addAll(optionSpecs(option));
    }
    boolean hasSubcommands = !command.subcommands().isEmpty();
    if (hasSubcommands) {
      specs.add("'1: :->command'");
      specs.add("'*:: :->args'");
    } else {
      for (Positional p : command.positionals()) {
        String action = quote(":" + label(p.label()) + ":" + action(p.values()));
        if (p.max() == Integer.MAX_VALUE) {
          specs.add("'*'" + action);
        } else {
          for (int i = p.min(); i <= p.max(); i++) {
            specs.add((i + 1) + action);
          }
        }
      }
    }
    line(function(command) + "() {");
    if (hasSubcommands) {
      line("  local curcontext=$curcontext state line ret=1");
      line("  typeset -A opt_args");
      arguments("_arguments -C -s", specs);
      line("  case $state in");
      line("    command)");
      line("      local -a commands=(");
      for (CompletionTree sub : command.subcommands()) {
        line("        " + quote(sub.name().replace(":", "\\:") + ":" + sub.description()));
      }
      line("      )");
      line("      _describe -t commands " + quote(command.qualifiedName() + " command")
          + " commands && ret=0 ;;");
      line("    args)");
      line("      curcontext=${curcontext%:*:*}:" + command.contextName()
          + "-$line[1]:");
      line("      case $line[1] in");
      for (CompletionTree sub : command.subcommands()) {
        List<String> names = new ArrayList<>();
        names.add(sub.name());
        names.addAll(sub.aliases());
        line("        " + names.stream().map(ZshCompletion::quote).collect(Collectors.joining("|"))
            + ") " + function(sub) + " && ret=0 ;;");
      }
      line("      esac ;;");
      line("  esac");
      line("  return ret");
    } else {
      arguments("_arguments -s", specs);
    }
    line("}");
    line("");
  }

  private void arguments(String call, List<String> specs) {
    if (specs.isEmpty()) {
      line("  " + call + " && ret=0");
      return;
    }
    line("  " + call + " \\");
    for (int i = 0; i < specs.size(); i++) {
      line("    " + specs.get(i) + (i < specs.size() - 1 ? " \\" : (call.contains("-C") ? " && ret=0" : "")));
    }
  }

  private List<String> optionSpecs(Opt option) {
    boolean exits = option.names().contains("--help") || option.names().contains("--version");
    String exclusions = exits ? "(- *)" : "(" + String.join(" ", option.names()) + ")";
    String description = "[" + escapeBrackets(option.description()) + "]";
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
      specs.add(quote((option.hidden() ? "!" : "") + exclusions + name + suffix + description + argument));
    }
    return specs;
  }

  private String action(Values values) {
    List<String> actions = new ArrayList<>();
    if (!values.fixed().isEmpty()) {
      actions.add("(" + values.fixed().stream().map(Candidate::value)
          .map(v -> v.replaceAll("([\\\\ ()])", "\\\\$1")).collect(Collectors.joining(" ")) + ")");
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

  private static String label(String paramLabel) {
    return paramLabel.replaceAll("[<>]", "").replace(":", "\\:");
  }

  private static String escapeBrackets(String text) {
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }

  /** {@code _convo_cmd} for the root, {@code _convo_cmd_quotes_show} for {@code convo quotes show}. */
  private String function(CompletionTree command) {
    StringBuilder name = new StringBuilder("_" + tree.name() + "_cmd");
    for (String word : command.path().subList(1, command.path().size())) {
      name.append('_').append(word.replaceAll("[^A-Za-z0-9]", "_"));
    }
    return name.toString();
  }

  private String corpusFile() {
    return "_" + tree.name() + "_corpus_file";
  }

  private String commandWord() {
    return "_" + tree.name() + "_command";
  }

  /** Single-quotes a word for zsh. */
  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
