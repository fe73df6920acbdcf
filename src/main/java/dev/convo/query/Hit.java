package dev.convo.query;

import dev.convo.corpus.Turn;
import java.util.List;

/**
 * A turn that matched a search: every match in reading order, and the score it was ranked by
 * ({@link Search#score}).
 */
public record Hit(Turn turn, List<Match> matches, int keyQuoteMatches, int score) {
  public Hit {
    matches = List.copyOf(matches);
  }
}
