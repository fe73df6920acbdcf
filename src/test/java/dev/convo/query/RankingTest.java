package dev.convo.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** BM25 on cases whose order a reader would not argue with. */
class RankingTest {
  private static final double IDF = Ranking.idf(377, 10);

  @Test
  void moreMatchesInATurnOfTheSameLengthScoreHigherButSaturate() {
    double one = Ranking.termScore(IDF, 1, 100, 100);
    double two = Ranking.termScore(IDF, 2, 100, 100);
    double ten = Ranking.termScore(IDF, 10, 100, 100);
    assertThat(two).isGreaterThan(one);
    assertThat(ten).isGreaterThan(two).isLessThan(10 * one).isLessThan(IDF * (Ranking.K1 + 1));
  }

  @Test
  void theSameMatchesInAShorterTurnScoreHigher() {
    assertThat(Ranking.termScore(IDF, 2, 50, 100)).isGreaterThan(Ranking.termScore(IDF, 2, 400, 100));
  }

  @Test
  void rarerTermsTellMore() {
    assertThat(Ranking.idf(377, 2)).isGreaterThan(Ranking.idf(377, 50)).isPositive();
  }
}
