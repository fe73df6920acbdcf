package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * The positions, from 0 to {@code size - 1}, of up to {@code count} distinct candidates drawn as
   * {@link #draw} draws them from a list of {@code size}: a list that is not there to shuffle, as
   * when the candidates are the quotes of many conversations, read only once drawn.
   */
  public static int[] draw(int size, int count, Random random) {
    int[] positions = new int[size];
    for (int i = 0; i < size; i++) {
      positions[i] = i;
    }
    // Collections.shuffle's own steps, so that a seed draws the same quotes either way.
    for (int i = size; i > 1; i--) {
      int j = random.nextInt(i);
      int swapped = positions[i - 1];
      positions[i - 1] = positions[j];
      positions[j] = swapped;
    }
    return Arrays.copyOf(positions, Math.min(count, size));
  }

  /** The seed of a day: the same quote all day long, another one tomorrow. */
  public static long dailySeed(LocalDate day) {
    return day.toEpochDay();
  }
}
