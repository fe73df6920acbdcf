package dev.convo.repl;

import dev.convo.completion.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Completes a line by walking picocli's model of the command tree, so that every command, option
 * and fixed value the CLI knows completes without being listed twice; values that come from the
 * interview (topics, sections, turns, quotes, speakers) come from the corpus, with descriptions.
 */
final class ReplCompleter implements Completer {
  private final CommandSpec root;
  private final CorpusCandidates corpus;

  ReplCompleter(CommandSpec root, CorpusCandidates corpus) {
    this.root = root;
    this.corpus = corpus;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> words = line.words();
    CommandSpec spec = root;
    ArgSpec awaitingValue = null;
    boolean optionsEnded = false;
    int positional = 0;
    List<String> arguments = new ArrayList<>();
    for (int i = 0; i < line.wordIndex(); i++) {
      String word = words.get(i);
      if (awaitingValue != null) {
        awaitingValue = null;
      } else if (!optionsEnded && word.equals("--")) {
        optionsEnded = true;
      } else if (!optionsEnded && word.startsWith("-") && word.length() > 1) {
        OptionSpec option = spec.findOption(word);
        if (option != null && option.arity().min() > 0) {
          awaitingValue = option;
        }
      } else if (positional == 0 && spec.subcommands().containsKey(word)) {
        spec = spec.subcommands().get(word).getCommandSpec();
      } else {
        positional++;
        arguments.add(word);
      }
    }
    String word = line.word().substring(0, line.wordCursor());
    if (awaitingValue != null) {
      candidates.addAll(values(awaitingValue, word, List.of()));
      return;
    }
    if (!optionsEnded && word.startsWith("-")) {
      int equals = word.indexOf('=');
      OptionSpec option = equals > 0 ? spec.findOption(word.substring(0, equals)) : null;
      if (option != null && option.arity().max() > 0) {
        String prefix = word.substring(0, equals + 1);
        for (Candidate value : values(option, word.substring(equals + 1), List.of())) {
          candidates.add(new Candidate(prefix + value.value(), value.displ(), value.group(),
              value.descr(), null, null, true, value.sort()));
        }
      } else {
        candidates.addAll(options(spec));
      }
      return;
    }
    if (positional == 0) {
      candidates.addAll(preferShortest(subcommands(spec), word));
    }
    for (PositionalParamSpec parameter : spec.positionalParameters()) {
      if (!parameter.hidden() && parameter.index().contains(positional)) {
        candidates.addAll(values(parameter, word, arguments));
      }
    }
  }

  private static List<Candidate> subcommands(CommandSpec spec) {
    List<Candidate> candidates = new ArrayList<>();
    for (Map.Entry<String, CommandLine> entry : spec.subcommands().entrySet()) {
      CommandSpec sub = entry.getValue().getCommandSpec();
      if (!sub.usageMessage().hidden()) {
        candidates.add(new Candidate(entry.getKey(), entry.getKey(), "commands",
            summary(sub.usageMessage().description()), null, null, true));
      }
    }
    return candidates;
  }

  /**
   * When the names that start with {@code word} all start with one of them ({@code top} →
   * {@code topic}, {@code topics}), only that one, so that TAB completes it at once ({@code topic });
   * the longer names are a letter away.
   */
  private static List<Candidate> preferShortest(List<Candidate> names, String word) {
    String prefix = word.toLowerCase(Locale.ROOT);
    List<Candidate> matching = names.stream().filter(c -> folded(c).startsWith(prefix)).toList();
    if (prefix.isEmpty() || matching.size() < 2) {
      return names;
    }
    for (Candidate shortest : matching) {
      if (matching.stream().allMatch(c -> folded(c).startsWith(folded(shortest)))) {
        return List.of(shortest);
      }
    }
    return names;
  }

  private static String folded(Candidate candidate) {
    return candidate.value().toLowerCase(Locale.ROOT);
  }

  private static List<Candidate> options(CommandSpec spec) {
    List<Candidate> candidates = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (option.hidden()) {
        continue;
      }
      String description = summary(option.description());
      for (String name : option.names()) {
        // Shares a key with its other names, so JLine lists "-h, --help" as one entry.
        candidates.add(new Candidate(name, name, "options", description, null,
            option.longestName(), option.arity().min() == 0));
      }
    }
    return candidates;
  }

  /**
   * What may follow an option or stand as a positional parameter, as the completion model says:
   * values from the command model and the corpus, or the names of the commands under the
   * {@code arguments} typed before it ({@code help quotes …}).
   */
  private List<Candidate> values(ArgSpec arg, String word, List<String> arguments) {
    Values values = Values.of(arg);
    if (!values.commands()) {
      return corpus.of(values, word);
    }
    CommandSpec command = root;
    for (String name : arguments) {
      CommandLine sub = command.subcommands().get(name);
      if (sub == null) {
        return List.of();
      }
      command = sub.getCommandSpec();
    }
    return subcommands(command);
  }

  private static String summary(String[] description) {
    return description.length == 0 || description[0].isBlank() ? null : description[0].strip();
  }
}
