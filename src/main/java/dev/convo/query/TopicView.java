package dev.convo.query;

import dev.convo.corpus.Quote;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import java.util.List;

/**
 * What there is to read about a topic: its key quotes (all those of its sections, and those
 * elsewhere whose paragraph mentions a keyword), the turns of its sections, and turns elsewhere
 * that mention one of its keywords ({@code mentions}), each list in reading order.
 */
public record TopicView(Topic topic, List<Quote> quotes, List<Turn> sectionTurns, List<Turn> mentions) {
  public TopicView {
    quotes = List.copyOf(quotes);
    sectionTurns = List.copyOf(sectionTurns);
    mentions = List.copyOf(mentions);
  }

  /** Every turn of the topic in reading order. */
  public List<Turn> turns() {
    if (mentions.isEmpty()) {
      return sectionTurns;
    }
    return java.util.stream.Stream.concat(sectionTurns.stream(), mentions.stream())
        .sorted(java.util.Comparator.comparingInt(Turn::seq))
        .toList();
  }
}
