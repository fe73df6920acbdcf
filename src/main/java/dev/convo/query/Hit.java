package dev.convo.query;

import dev.convo.corpus.Turn;
import java.util.List;

/**
 * A turn that matched a search: every match in reading order, the score it was ranked by
 * ({@link Ranking}), whether every term matched as typed ({@code exact}) and whether the terms
 * stand together as a phrase somewhere in it.
 */
public record Hit(Turn turn, List<Match> matches, double score, boolean exact, boolean phrase) {
  public Hit {
    matches = List.copyOf(matches);
  }
}
