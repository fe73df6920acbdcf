package dev.convo.completion;

import dev.convo.completion.CompletionTree.Opt;
import dev.convo.completion.CompletionTree.Positional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes the fish completion script; picocli has no fish generator. */
final class FishCompletion {
  private final CompletionTree tree;
  private final Map<CorpusList, List<Candidate>> corpus;
  private final StringBuilder out = new StringBuilder();

  FishCompletion(CompletionTree tree, Map<CorpusList, List<Candidate>> corpus) {
    this.tree = tree;
    this.corpus = corpus;
  }

  String script() {
    String name = tree.name();
    line("# fish completion for " + name + ", generated from its command model by");
    line("# `" + name + " completion fish`; do not edit. Topic, section, quote and speaker names are those");
    line("# of the bundled interview, written into this script. With --corpus FILE on the command line,");
    line("# or CONVO_CORPUS set, they are asked of " + name + " itself at completion time instead.");
    line("");
    stateFunction();
    atFunction();
    corpusFunction();
    line("complete -c " + name + " -f");
    for (CompletionTree command : tree.walk()) {
      command(command);
    }
    return out.toString();
  }

  private void stateFunction() {
    String name = tree.name();
    line("# Prints the command path of the command line, then how many positional words follow it.");
    line("function " + fn("state"));
    line("    set -l tokens (commandline -opc)");
    line("    set -e tokens[1]");
    line("    set -l path " + quote(tree.qualifiedName()));
    line("    set -l index 0");
    line("    set -l skip 0");
    line("    set -l arguments");
    line("    for token in $tokens");
    line("        if test $skip -eq 1");
    line("            set skip 0");
    line("            continue");
    line("        end");
    line("        switch $token");
    line("            case '-*=*'");
    line("                continue");
    line("            case '-*'");
    line("                switch \"$path $token\"");
    List<String> valued = new ArrayList<>();
    for (CompletionTree command : tree.walk()) {
      for (Opt option : command.optionsTakingValues()) {
        for (String n : option.names()) {
          valued.add(quote(command.qualifiedName() + " " + n));
        }
      }
    }
    if (!valued.isEmpty()) {
      line("                    case " + String.join(" ", valued));
      line("                        set skip 1");
    }
    line("                end");
    line("                continue");
    line("        end");
    line("        if set -l next (" + fn("subcommand") + " $path $token)");
    line("            set path $next");
    line("            set index 0");
    line("            set arguments");
    line("            continue");
    line("        end");
    line("        set index (math $index + 1)");
    line("        set -a arguments $token");
    line("    end");
    line("    echo $path");
    line("    # -1 while an option's value is awaited: no positional parameter is at the cursor");
    line("    test $skip -eq 1; and echo -1; or echo $index");
    line("    set -q arguments[1]; and printf '%s\\n' $arguments");
    line("end");
    line("");
    line("# Prints the command path one level below command $argv[1] when word $argv[2] names one of");
    line("# its subcommands; fails otherwise.");
    line("function " + fn("subcommand"));
    line("    switch \"$argv[1] $argv[2]\"");
    for (CompletionTree command : tree.walk()) {
      for (CompletionTree sub : command.subcommands()) {
        List<String> words = new ArrayList<>();
        words.add(sub.name());
        words.addAll(sub.aliases());
        line("        case " + words.stream().map(w -> quote(command.qualifiedName() + " " + w))
            .collect(Collectors.joining(" ")));
        line("            echo " + quote(sub.qualifiedName()));
        line("            return 0");
      }
    }
    line("    end");
    line("    return 1");
    line("end");
    line("");
    line("# Prints the names of the commands under those named by the positional words typed after");
    line("# the current command (" + tree.name() + " help quotes …), with their descriptions.");
    line("function " + fn("commands"));
    line("    set -l state (" + fn("state") + ")");
    line("    set -l command " + quote(tree.qualifiedName()));
    line("    set -e state[1..2]");
    line("    for word in $state");
    line("        set command (" + fn("subcommand") + " $command $word); or return");
    line("    end");
    line("    switch $command");
    for (CompletionTree command : tree.walk()) {
      if (command.subcommands().isEmpty()) {
        continue;
      }
      line("        case " + quote(command.qualifiedName()));
      line("            printf '%s\\t%s\\n' \\");
      List<CompletionTree> subs = command.subcommands();
      for (int i = 0; i < subs.size(); i++) {
        line("                " + quote(subs.get(i).name()) + " " + quote(subs.get(i).description())
            + (i < subs.size() - 1 ? " \\" : ""));
      }
    }
    line("    end");
    line("end");
    line("");
    line("# Succeeds when the last word before the cursor is one of the options given.");
    line("function " + fn("after"));
    line("    set -l tokens (commandline -opc)");
    line("    contains -- $tokens[-1] $argv");
    line("end");
    line("");
  }

  private void atFunction() {
    line("# Succeeds when the command line is at command $path and, if given, has between $min and");
    line("# $max positional words after it ($max empty: no upper bound).");
    line("function " + fn("at") + " --argument-names path min max");
    line("    set -l state (" + fn("state") + ")");
    line("    test \"$state[1]\" = \"$path\"; or return 1");
    line("    test -z \"$min\"; and return 0");
    line("    test $state[2] -ge $min; or return 1");
    line("    test -z \"$max\"; or test $state[2] -le $max");
    line("end");
    line("");
  }

  private void corpusFunction() {
    String turn = CorpusList.TURNS.noun();
    line("# Prints the corpus's names of kind $kind with descriptions: those of the bundled interview,");
    line("# or those " + tree.name() + " lists for the corpus named by --corpus or CONVO_CORPUS.");
    line("function " + fn("names") + " --argument-names kind");
    line("    set -l tokens (commandline -opc)");
    line("    set -l corpus");
    line("    for i in (seq (count $tokens))");
    line("        switch $tokens[$i]");
    line("            case --corpus");
    line("                set corpus $tokens[(math $i + 1)]");
    line("            case '--corpus=*'");
    line("                set corpus (string replace -- --corpus= '' $tokens[$i])");
    line("        end");
    line("    end");
    line("    if test -n \"$corpus\" -o -n \"$CONVO_CORPUS\"");
    line("        test -n \"$corpus\"; and set -lx CONVO_CORPUS $corpus");
    line("        $tokens[1] completion --list $kind 2>/dev/null");
    line("        return");
    line("    end");
    line("    switch $kind");
    for (Map.Entry<CorpusList, List<Candidate>> entry : corpus.entrySet()) {
      line("        case " + entry.getKey().noun());
      line("            printf '%s\\t%s\\n' \\");
      List<Candidate> values = entry.getValue();
      for (int i = 0; i < values.size(); i++) {
        Candidate c = values.get(i);
        line("                " + quote(c.value()) + " " + quote(c.description())
            + (i < values.size() - 1 ? " \\" : ""));
      }
    }
    line("    end");
    line("end");
    line("");
    line("# Prints the names of kind $kind to offer for the word being completed. Turns are offered");
    line("# once the word names their section (7:), sentences once it names their turn (8:8/; before");
    line("# that, the turns, each followed by the slash).");
    line("function " + fn("corpus") + " --argument-names kind");
    line("    set -l token (commandline -ct)");
    line("    set -l want");
    line("    set -l suffix");
    line("    switch $kind");
    line("        case " + turn);
    line("            string match -q -- '*:*' $token; or return");
    line("            set want (string split -m1 -- : $token)[1]:");
    line("        case " + CorpusList.SENTENCES.noun());
    line("            string match -q -- '*:*' $token; or return");
    line("            if string match -q -- '*/*' $token");
    line("                set want (string split -m1 -- / $token)[1]/");
    line("            else");
    line("                set kind " + turn);
    line("                set want (string split -m1 -- : $token)[1]:");
    line("                set suffix /");
    line("            end");
    line("    end");
    line("    if test -z \"$want\"");
    line("        " + fn("names") + " $kind");
    line("        return");
    line("    end");
    line("    " + fn("names") + " $kind | string match -r -- '^'(string escape --style=regex -- $want)'.*'"
        + " | string replace -r -- '^([^\\t]*)' '$1'\"$suffix\"");
    line("end");
    line("");
  }

  private void command(CompletionTree command) {
    String name = tree.name();
    String at = quote(fn("at") + " " + quote(command.qualifiedName()));
    for (CompletionTree sub : command.subcommands()) {
      line("complete -c " + name + " -n " + quote(fn("at") + " " + quote(command.qualifiedName()) + " 0 0")
          + " -a " + quote(sub.name()) + " -d " + quote(sub.description()));
    }
    for (Opt option : command.options()) {
      if (option.hidden()) {
        if (option.values() != null) {
          String after = fn("at") + " " + quote(command.qualifiedName()) + "; and " + fn("after") + " "
              + String.join(" ", option.names());
          line("complete -c " + name + " -n " + quote(after) + valueArguments(option.values()));
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
      c.append(" -d ").append(quote(option.description()));
      line(c.toString());
    }
    if (command.subcommands().isEmpty()) {
      for (Positional p : command.positionals()) {
        if (p.values().isEmpty()) {
          continue;
        }
        String max = p.max() == Integer.MAX_VALUE ? "" : " " + p.max();
        String condition = fn("at") + " " + quote(command.qualifiedName()) + " " + p.min() + max;
        line("complete -c " + name + " -n " + quote(condition) + positionalArguments(p.values()));
      }
    }
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
    return parts.isEmpty() ? "" : " -a " + quote(String.join(" ", parts));
  }

  private String fn(String suffix) {
    return "__" + tree.name() + "_" + suffix;
  }

  /** Single-quotes a word for fish, where only backslash and quote are special inside. */
  private static String quote(String word) {
    return "'" + word.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
