package dev.convo.query;

import java.util.Comparator;

/**
 * How search ranks the turns it finds. Turns where every term matched as typed come first, then
 * those where the terms stand together as a phrase, then by score; equal scores keep reading order.
 * The score is BM25's: per term, its rarity (idf) times its count in the turn, saturating (k1) and
 * normalised by the turn's length against the average (b), a glossary form counting
 * {@link #EXPANDED} of the term typed. Each term's part is then multiplied by the average boost of
 * its matches: {@link #KEY_QUOTE} inside a key quote, {@link #CURATED_QUOTE} inside a curated one,
 * 1 elsewhere. The boost multiplies rather than adds to the count, which saturates: a line the
 * editor chose should lift its turn above longer turns that only mention the term more often.
 */
final class Ranking {
  static final double K1 = 1.2;
  static final double B = 0.75;
  static final double KEY_QUOTE = 3;
  static final double CURATED_QUOTE = 2;
  static final double EXPANDED = 0.5;

  /** The order of results. A class, not a chain of lambdas: each costs start-up time on first use. */
  static final Comparator<Hit> ORDER = new Comparator<>() {
    @Override
    public int compare(Hit a, Hit b) {
      if (a.exact() != b.exact()) {
        return a.exact() ? -1 : 1;
      }
      if (a.phrase() != b.phrase()) {
        return a.phrase() ? -1 : 1;
      }
      int byScore = Double.compare(b.score(), a.score());
      return byScore != 0 ? byScore : Integer.compare(a.turn().seq(), b.turn().seq());
    }
  };

  private Ranking() {}

  /** How much finding a term tells, when {@code withTerm} of {@code turns} turns have it. */
  static double idf(int turns, int withTerm) {
    return Math.log(1 + (turns - withTerm + 0.5) / (withTerm + 0.5));
  }

  /** One term's part of a turn's score: {@code count} weighted matches in {@code length} chars. */
  static double termScore(double idf, double count, double length, double averageLength) {
    return idf * count * (K1 + 1) / (count + K1 * (1 - B + B * length / averageLength));
  }

  /** A score as shown and compared: two decimals, so that what looks equal ranks as equal. */
  static double rounded(double score) {
    return Math.round(score * 100) / 100.0;
  }
}
