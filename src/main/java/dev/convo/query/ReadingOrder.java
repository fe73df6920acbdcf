package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import java.util.Comparator;

/**
 * Quotes of one corpus in the order they are read: by turn, paragraph and start. A class, not a
 * chain of lambdas: the first lambda of a process costs a one-shot command milliseconds.
 */
final class ReadingOrder implements Comparator<Quote> {
  private final Corpus corpus;

  ReadingOrder(Corpus corpus) {
    this.corpus = corpus;
  }

  @Override
  public int compare(Quote a, Quote b) {
    int bySeq = Integer.compare(seq(a), seq(b));
    if (bySeq != 0) {
      return bySeq;
    }
    int byParagraph = Integer.compare(a.paragraph(), b.paragraph());
    return byParagraph != 0 ? byParagraph : Integer.compare(a.start(), b.start());
  }

  private int seq(Quote quote) {
    return corpus.turn(quote.turn()).orElseThrow().seq();
  }
}
