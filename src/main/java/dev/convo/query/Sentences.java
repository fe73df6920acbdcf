package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits turns into sentences, so that any line of the interview can stand in for a key quote. A
 * sentence ends after 。！？!? or an ellipsis, together with the closing quotation marks that follow;
 * its id is {@code TURN/N}, the N-th sentence of the turn counting from 1.
 */
public final class Sentences {
  private static final String TERMINATORS = "。！？!?…";
  private static final String CLOSERS = "”’」』）)\"'";

  private Sentences() {}

  public static List<Quote> of(Corpus corpus) {
    List<Quote> sentences = new ArrayList<>();
    for (Turn turn : corpus.turns()) {
      sentences.addAll(of(turn));
    }
    return sentences;
  }

  public static List<Quote> of(Turn turn) {
    List<Quote> sentences = new ArrayList<>();
    for (int p = 0; p < turn.paragraphs().size(); p++) {
      int[] cps = turn.paragraphs().get(p).codePoints().toArray();
      int start = 0;
      int i = 0;
      while (i < cps.length) {
        boolean ends = TERMINATORS.indexOf(cps[i]) >= 0;
        i++;
        if (ends) {
          while (i < cps.length && (TERMINATORS.indexOf(cps[i]) >= 0 || CLOSERS.indexOf(cps[i]) >= 0)) {
            i++;
          }
          add(sentences, turn, p, cps, start, i);
          start = i;
        }
      }
      add(sentences, turn, p, cps, start, cps.length);
    }
    return sentences;
  }

  private static void add(List<Quote> into, Turn turn, int paragraph, int[] cps, int start, int end) {
    while (start < end && Character.isWhitespace(cps[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(cps[end - 1])) {
      end--;
    }
    if (start == end) {
      return;
    }
    String text = new String(cps, start, end - start);
    String id = turn.id() + "/" + (into.size() + 1);
    into.add(new Quote(id, turn.id(), turn.section(), turn.speaker(), paragraph, start, end, text,
        false, null, null));
  }
}
