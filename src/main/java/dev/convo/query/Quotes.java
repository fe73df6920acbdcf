package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Draws quotes. Draws are reproducible: the same seed over the same corpus and filter always gives
 * the same quotes, because {@link Random} and {@link Collections#shuffle(List, Random)} have fixed,
 * documented algorithms.
 */
public final class Quotes {
  private Quotes() {}

  /**
   * The quotes, or with {@code anySentence} every sentence of the interview that can stand alone,
   * that pass the filter.
   */
  public static List<Quote> candidates(Corpus corpus, QuoteFilter filter, boolean anySentence) {
    List<Quote> pool = new ArrayList<>();
    for (Quote quote : anySentence ? Sentences.of(corpus) : corpus.quotes()) {
      if (filter.test(quote) && (!anySentence || Sentences.isDrawable(quote))) {
        pool.add(quote);
      }
    }
    return pool;
  }

  /** Up to {@code count} distinct quotes drawn from {@code candidates}. */
  public static List<Quote> draw(List<Quote> candidates, int count, Random random) {
    List<Quote> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
  }

  /** The seed of a day: the same quote all day long, another one tomorrow. */
  public static long dailySeed(LocalDate day) {
    return day.toEpochDay();
  }
}
