package dev.convo.query;

import dev.convo.corpus.Quote;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What there is to read about a topic: its quotes, the turns of its sections, and the turns
 * elsewhere that are about it ({@code mentions}), each list in reading order. {@code why} tells for
 * each turn of {@code mentions} why it is there: {@link #LISTED} when the topic's turn list names
 * it, else {@code keyword: K} for the first of the topic's keywords it mentions.
 */
public record TopicView(
    Topic topic, List<Quote> quotes, List<Turn> sectionTurns, List<Turn> mentions, Map<String, String> why) {
  /** The reason of a turn named in the topic's own turn list, decided by reading. */
  public static final String LISTED = "listed";

  public TopicView {
    quotes = List.copyOf(quotes);
    sectionTurns = List.copyOf(sectionTurns);
    mentions = List.copyOf(mentions);
    why = Map.copyOf(why);
  }

  /** Every turn of the topic in reading order. */
  public List<Turn> turns() {
    if (mentions.isEmpty()) {
      return sectionTurns;
    }
    List<Turn> turns = new ArrayList<>(sectionTurns);
    turns.addAll(mentions);
    // A class, not a lambda: the first lambda of a process costs a one-shot command milliseconds.
    turns.sort(new Comparator<Turn>() {
      @Override
      public int compare(Turn a, Turn b) {
        return Integer.compare(a.seq(), b.seq());
      }
    });
    return List.copyOf(turns);
  }

  /** Why {@code turn} is in the topic, or null for a turn of one of its sections. */
  public String why(Turn turn) {
    return why.get(turn.id());
  }
}
