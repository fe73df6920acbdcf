package dev.convo.repl;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.query.QueryException;
import dev.convo.query.Refs;
import dev.convo.query.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/**
 * After a CLI command that printed dialogue, where reading goes on: after the last turn that
 * {@code show} or {@code topic} printed, or after the turn {@code quotes show} quoted from, so that
 * {@code topic gpt-5} then {@code next} reads on from there.
 */
final class Follow {
  private Follow() {}

  static Optional<Turn> afterCommand(ParseResult parsed, Corpus corpus) {
    ParseResult command = parsed.subcommand();
    if (command == null) {
      return Optional.empty();
    }
    List<String> arguments = positionals(command);
    try {
      return switch (command.commandSpec().name()) {
        case "show" -> last(new Refs(corpus).resolve(arguments));
        case "topic" -> topic(arguments, corpus);
        case "quotes" -> quoted(command.subcommand(), corpus);
        default -> Optional.empty();
      };
    } catch (QueryException e) {
      return Optional.empty();
    }
  }

  private static Optional<Turn> topic(List<String> names, Corpus corpus) {
    Topics topics = new Topics(corpus);
    return names.isEmpty()
        ? Optional.empty()
        : topics.find(String.join(" ", names)).flatMap(t -> last(topics.view(t).turns()));
  }

  private static Optional<Turn> quoted(ParseResult quotes, Corpus corpus) {
    if (quotes == null || !quotes.commandSpec().name().equals("show")) {
      return Optional.empty();
    }
    return positionals(quotes).stream().findFirst()
        .flatMap(id -> corpus.quotes().stream().filter(q -> q.id().equalsIgnoreCase(id)).findFirst())
        .flatMap(q -> corpus.turn(q.turn()));
  }

  private static List<String> positionals(ParseResult command) {
    List<String> values = new ArrayList<>();
    for (ArgSpec arg : command.matchedPositionals()) {
      values.addAll(arg.stringValues());
    }
    return values;
  }

  private static Optional<Turn> last(List<Turn> turns) {
    return turns.isEmpty() ? Optional.empty() : Optional.of(turns.get(turns.size() - 1));
  }
}
