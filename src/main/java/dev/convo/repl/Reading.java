package dev.convo.repl;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import java.util.List;
import java.util.Optional;

/**
 * Where the reader is in the interview: the turn read last. Reading always goes on in the
 * interview's own order, so a topic or a search hit is a place to start from, not a fence.
 */
final class Reading {
  private final List<Turn> turns;
  private int position = -1;

  Reading(Corpus corpus) {
    this.turns = corpus.turns();
  }

  Optional<Turn> current() {
    return position < 0 ? Optional.empty() : Optional.of(turns.get(position));
  }

  void moveTo(Turn turn) {
    int index = turns.indexOf(turn);
    if (index < 0) {
      throw new IllegalArgumentException("turn " + turn.id() + " is not in this corpus");
    }
    position = index;
  }

  /** The {@code count} turns after the current one (fewer at the end of the interview). */
  List<Turn> following(int count) {
    int from = position + 1;
    return turns.subList(from, from + Math.min(count, turns.size() - from));
  }

  Optional<Turn> previous() {
    return position > 0 ? Optional.of(turns.get(position - 1)) : Optional.empty();
  }

  /** The prompt's part: {@code 7:3} once something has been read, nothing before. */
  String label() {
    return current().map(Turn::id).orElse("");
  }
}
