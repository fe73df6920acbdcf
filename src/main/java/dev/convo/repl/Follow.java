package dev.convo.repl;

import dev.convo.cli.ConvoException;
import dev.convo.cli.QualifiedId;
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
 * {@code topic gpt-5} then {@code next} reads on from there; in the conversation an id names
 * ({@code show tea/1:2}), else in the session's own.
 */
final class Follow {
  private Follow() {}

  static Optional<Reading.Spot> afterCommand(ParseResult parsed, Session session) {
    ParseResult command = parsed == null ? null : parsed.subcommand();
    if (command == null) {
      return Optional.empty();
    }
    List<String> arguments = positionals(command);
    try {
      return switch (command.commandSpec().name()) {
        case "show" -> shown(arguments, session);
        case "topic" -> topic(arguments, session.home());
        case "quotes" -> quoted(command.subcommand(), session);
        default -> Optional.empty();
      };
    } catch (QueryException | ConvoException e) {
      return Optional.empty();
    }
  }

  private static Optional<Reading.Spot> shown(List<String> refs, Session session) throws QueryException {
    if (refs.isEmpty()) {
      return Optional.empty();
    }
    QualifiedId ref = QualifiedId.of(refs.get(refs.size() - 1));
    Place place = place(ref, session);
    return last(place, new Refs(place.corpus()).resolve(ref.local()));
  }

  private static Optional<Reading.Spot> topic(List<String> names, Place home) {
    Topics topics = new Topics(home.corpus());
    return names.isEmpty()
        ? Optional.empty()
        : topics.find(String.join(" ", names)).flatMap(t -> last(home, topics.view(t).turns()));
  }

  private static Optional<Reading.Spot> quoted(ParseResult quotes, Session session) {
    if (quotes == null || !quotes.commandSpec().name().equals("show")) {
      return Optional.empty();
    }
    Optional<String> typed = positionals(quotes).stream().findFirst();
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    QualifiedId id = QualifiedId.of(typed.get());
    Place place = place(id, session);
    Corpus corpus = place.corpus();
    return corpus.quotes().stream().filter(q -> q.id().equalsIgnoreCase(id.local())).findFirst()
        .flatMap(q -> corpus.turn(q.turn()))
        .map(turn -> new Reading.Spot(place, turn));
  }

  private static Place place(QualifiedId id, Session session) {
    return id.qualified() ? session.conversation(id.conversation()) : session.home();
  }

  private static List<String> positionals(ParseResult command) {
    List<String> values = new ArrayList<>();
    for (ArgSpec arg : command.matchedPositionals()) {
      values.addAll(arg.stringValues());
    }
    return values;
  }

  private static Optional<Reading.Spot> last(Place place, List<Turn> turns) {
    return turns.isEmpty() ? Optional.empty() : Optional.of(new Reading.Spot(place, turns.get(turns.size() - 1)));
  }
}
