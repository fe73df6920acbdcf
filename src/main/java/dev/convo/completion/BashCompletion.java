package dev.convo.completion;

import dev.convo.completion.CompletionTree.Opt;
import dev.convo.completion.CompletionTree.Positional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the bash completion script. picocli's {@code AutoComplete} writes one too, but it can only
 * offer candidates fixed in the script; convo's must ask convo itself when another corpus is in
 * use, and share one tree walk with the zsh and fish scripts, so the script is generated here.
 * It needs nothing but bash 4.
 */
final class BashCompletion {
  private final CompletionTree tree;
  private final Map<CorpusList, List<Candidate>> corpus;
  private final StringBuilder out = new StringBuilder();

  BashCompletion(CompletionTree tree, Map<CorpusList, List<Candidate>> corpus) {
    this.tree = tree;
    this.corpus = corpus;
  }

  String script() {
    String name = tree.name();
    line("# bash completion for " + name + "                              -*- shell-script -*-");
    line("#");
    line("# Generated from " + name + "'s command model by `" + name + " completion bash`; do not edit.");
    line("# Topic, section, quote and speaker names are those of the bundled interview, written into");
    line("# this script. With --corpus FILE on the command line, or CONVO_CORPUS set, they are asked");
    line("# of " + name + " itself at completion time instead.");
    line("");
    subcommands();
    options();
    needsValue();
    values();
    corpusFunction();
    main();
    line("complete -F _" + name + " " + name);
    return out.toString();
  }

  /** Sets {@code path} to the subcommand of command {@code $1} named {@code $2}, if it has one. */
  private void subcommands() {
    line("# Moves the command path one level down when word $2 names a subcommand of command $1.");
    line("_" + fn("subcommand") + "() {");
    line("  case \"$1 $2\" in");
    for (CompletionTree command : tree.walk()) {
      for (CompletionTree sub : command.subcommands()) {
        List<String> words = new ArrayList<>();
        words.add(sub.name());
        words.addAll(sub.aliases());
        String patterns = words.stream()
            .map(w -> quote(command.qualifiedName() + " " + w))
            .collect(Collectors.joining(" | "));
        line("    " + patterns + ") path=" + quote(sub.qualifiedName()) + " ;;");
      }
    }
    line("    *) return 1 ;;");
    line("  esac");
    line("}");
    line("");
    line("# Adds the subcommand names of command $1 to the candidates.");
    line("_" + fn("subcommand_names") + "() {");
    line("  case $1 in");
    for (CompletionTree command : tree.walk()) {
      if (!command.subcommands().isEmpty()) {
        List<String> names = command.subcommands().stream().map(CompletionTree::name).toList();
        line("    " + quote(command.qualifiedName()) + ") candidates+=(" + words(names) + ") ;;");
      }
    }
    line("  esac");
    line("}");
    line("");
    line("# Adds the names of the commands under those named by the positional words typed so far");
    line("# (convo help quotes …).");
    line("_" + fn("commands") + "() {");
    line("  local path=" + quote(tree.qualifiedName()) + " word");
    line("  for word in \"${arguments[@]}\"; do");
    line("    _" + fn("subcommand") + " \"$path\" \"$word\" || return 0");
    line("  done");
    line("  _" + fn("subcommand_names") + " \"$path\"");
    line("}");
    line("");
  }

  private void options() {
    line("# Adds the option names of command $1 to the candidates.");
    line("_" + fn("options") + "() {");
    line("  case $1 in");
    for (CompletionTree command : tree.walk()) {
      List<String> names = command.visibleOptions().stream().flatMap(o -> o.names().stream()).toList();
      if (!names.isEmpty()) {
        line("    " + quote(command.qualifiedName()) + ") candidates+=(" + words(names) + ") ;;");
      }
    }
    line("  esac");
    line("}");
    line("");
  }

  private void needsValue() {
    line("# Succeeds when option $2 of command $1 takes the next word as its value.");
    line("_" + fn("needs_value") + "() {");
    line("  case \"$1 $2\" in");
    List<String> patterns = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      for (Opt option : command.optionsTakingValues()) {
        if (!option.valueOptional()) {
          for (String name : option.names()) {
            patterns.add(quote(command.qualifiedName() + " " + name));
          }
        }
      }
    }
    if (!patterns.isEmpty()) {
      line("    " + String.join(" | ", patterns) + ") return 0 ;;");
    }
    line("  esac");
    line("  return 1");
    line("}");
    line("");
  }

  private void values() {
    line("# Adds the values of option $2 of command $1 to the candidates or, when $2 is empty, those");
    line("# of its positional parameter number $3; sets files=1 where file names fit.");
    line("_" + fn("values") + "() {");
    line("  case \"$1 $2\" in");
    for (CompletionTree command : tree.walk()) {
      for (Opt option : command.optionsTakingValues()) {
        if (option.values().isEmpty()) {
          continue;
        }
        String patterns = option.names().stream()
            .map(n -> quote(command.qualifiedName() + " " + n))
            .collect(Collectors.joining(" | "));
        line("    " + patterns + ")");
        line("      " + action(option.values()) + " ;;");
      }
      List<Positional> positionals =
          command.positionals().stream().filter(p -> !p.values().isEmpty()).toList();
      if (!positionals.isEmpty()) {
        line("    " + quote(command.qualifiedName() + " ") + ")");
        for (Positional p : positionals) {
          String range = p.max() == Integer.MAX_VALUE
              ? "$3 >= " + p.min()
              : "$3 >= " + p.min() + " && $3 <= " + p.max();
          line("      if ((" + range + ")); then " + action(p.values()) + "; fi");
        }
        line("      ;;");
      }
    }
    line("  esac");
    line("}");
    line("");
  }

  private String action(Values values) {
    List<String> parts = new ArrayList<>();
    if (!values.fixed().isEmpty()) {
      parts.add("candidates+=(" + words(values.fixed().stream().map(Candidate::value).toList()) + ")");
    }
    for (CorpusList list : values.corpus()) {
      parts.add("_" + fn("corpus") + " " + list.noun());
    }
    if (values.commands()) {
      parts.add("_" + fn("commands"));
    }
    if (values.files()) {
      parts.add("files=1");
    }
    return String.join("; ", parts);
  }

  private void corpusFunction() {
    String name = tree.name();
    line("# Adds the corpus's names of kind $1 to the candidates: those of the bundled interview, or");
    line("# those " + name + " lists for the corpus named by --corpus or CONVO_CORPUS. Turns are offered once");
    line("# the word names their section (7:), sentences once it names their turn (8:8/; before that,");
    line("# the turns, each followed by the slash); they keep their reading order (1:2 before 1:10).");
    line("_" + fn("corpus") + "() {");
    line("  local kind=$1 suffix=");
    line("  case $kind in");
    line("    " + CorpusList.TURNS.noun() + ") [[ $cur == *:* ]] || return 0; nosort=1 ;;");
    line("    " + CorpusList.SENTENCES.noun() + ")");
    line("      [[ $cur == *:* ]] || return 0");
    line("      nosort=1");
    line("      [[ $cur == */* ]] || kind=" + CorpusList.TURNS.noun() + " suffix=/ nospace=1 ;;");
    line("  esac");
    line("  local -a names=()");
    line("  if [[ -n $corpus || -n ${CONVO_CORPUS:-} ]]; then");
    line("    local value _ command=${COMP_WORDS[0]/#\\~/$HOME}");
    line("    while IFS=$'\\t' read -r value _; do");
    line("      names+=(\"$value\")");
    line("    done < <(CONVO_CORPUS=${corpus:-${CONVO_CORPUS:-}} \"$command\" completion --list \"$kind\" 2>/dev/null)");
    line("  else");
    line("    case $kind in");
    for (Map.Entry<CorpusList, List<Candidate>> entry : corpus.entrySet()) {
      List<String> values = entry.getValue().stream().map(Candidate::value).toList();
      line("      " + entry.getKey().noun() + ") names=(" + words(values) + ") ;;");
    }
    line("    esac");
    line("  fi");
    line("  ((${#names[@]})) && candidates+=(\"${names[@]/%/$suffix}\")");
    line("}");
    line("");
  }

  private void main() {
    String name = tree.name();
    line("_" + name + "() {");
    line("  local path=" + quote(tree.qualifiedName())
        + " corpus= index=0 option= files=0 nospace=0 nosort=0 word i");
    line("  local -a candidates=() words=() arguments=()");
    line("  # bash splits words at ':' too (it is in COMP_WORDBREAKS): 7 : 3 is put back together as");
    line("  # 7:3 wherever nothing separated the pieces on the command line");
    line("  local line=${COMP_LINE:0:COMP_POINT} glued");
    line("  for ((i = 0; i <= COMP_CWORD; i++)); do");
    line("    word=${COMP_WORDS[i]}");
    line("    glued=1");
    line("    [[ $line == [[:space:]]* ]] && glued=0");
    line("    line=${line#\"${line%%[![:space:]]*}\"}");
    line("    if ((i > 0 && glued)) && [[ $word == : || ${words[${#words[@]} - 1]} == *: ]]; then");
    line("      words[${#words[@]} - 1]+=$word");
    line("    else");
    line("      words+=(\"$word\")");
    line("    fi");
    line("    line=${line#\"$word\"}");
    line("  done");
    line("  local cword=$((${#words[@]} - 1))");
    line("  local cur=${words[cword]}");
    line("  for ((i = 1; i < cword; i++)); do");
    line("    word=${words[i]}");
    line("    # bash splits --option=value at '=' into three words");
    line("    if ((i + 1 < cword)) && [[ ${words[i + 1]} == = ]]; then");
    line("      if [[ $word == --corpus ]] && ((i + 2 < cword)); then corpus=${words[i + 2]}; fi");
    line("      ((i += 2))");
    line("      continue");
    line("    fi");
    line("    if [[ $word == -* ]]; then");
    line("      if _" + fn("needs_value") + " \"$path\" \"$word\"; then");
    line("        [[ $word == --corpus ]] && corpus=${words[i + 1]}");
    line("        ((i++))");
    line("      fi");
    line("      continue");
    line("    fi");
    line("    if _" + fn("subcommand") + " \"$path\" \"$word\"; then");
    line("      index=0 arguments=()");
    line("      continue");
    line("    fi");
    line("    ((index++))");
    line("    arguments+=(\"$word\")");
    line("  done");
    line("  # --corpus as typed: drop its quotes or backslashes, expand a leading ~");
    line("  case $corpus in");
    line("    \\'*\\' | \\\"*\\\") corpus=${corpus:1:${#corpus}-2} ;;");
    line("    *) corpus=${corpus//\\\\/} ;;");
    line("  esac");
    line("  corpus=${corpus/#\\~/$HOME}");
    line("");
    line("  local previous=${words[cword - 1]}");
    line("  if [[ $cur == = ]]; then");
    line("    option=$previous cur=");
    line("  elif ((cword > 2)) && [[ $previous == = ]]; then");
    line("    option=${words[cword - 2]}");
    line("  elif ((cword > 1)) && _" + fn("needs_value") + " \"$path\" \"$previous\"; then");
    line("    option=$previous");
    line("  fi");
    line("");
    line("  if [[ -n $option ]]; then");
    line("    _" + fn("values") + " \"$path\" \"$option\" 0");
    line("  elif [[ $cur == -* ]]; then");
    line("    _" + fn("options") + " \"$path\"");
    line("  else");
    line("    _" + fn("subcommand_names") + " \"$path\"");
    line("    _" + fn("values") + " \"$path\" '' \"$index\"");
    line("  fi");
    line("");
    line("  COMPREPLY=()");
    line("  for word in \"${candidates[@]}\"; do");
    line("    [[ $word == \"$cur\"* ]] && COMPREPLY+=(\"$word\")");
    line("  done");
    line("  if ((files)); then");
    line("    compopt -o filenames 2>/dev/null");
    line("    while IFS= read -r word; do COMPREPLY+=(\"$word\"); done < <(compgen -f -- \"$cur\")");
    line("  fi");
    line("  ((nospace)) && compopt -o nospace 2>/dev/null");
    line("  ((nosort)) && compopt -o nosort 2>/dev/null");
    line("  # bash replaces only the part of the word after its last ':'");
    line("  if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]] && ((${#COMPREPLY[@]})); then");
    line("    word=${cur%\"${cur##*:}\"}");
    line("    COMPREPLY=(\"${COMPREPLY[@]#\"$word\"}\")");
    line("  fi");
    line("  return 0");
    line("}");
    line("");
  }

  private String fn(String suffix) {
    return tree.name() + "_" + suffix;
  }

  private static String words(List<String> words) {
    return words.stream().map(BashCompletion::quote).collect(Collectors.joining(" "));
  }

  /** Single-quotes a word for bash unless it is made only of characters bash leaves alone. */
  static String quote(String word) {
    if (word.matches("[A-Za-z0-9._+/-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
