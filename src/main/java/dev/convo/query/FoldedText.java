package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Every paragraph of a corpus folded ({@link Fold}) once, for all the searches and topic lookups of
 * a process to share: the REPL runs many over one corpus, and folding the whole text again was most
 * of what each of them cost. Kept for the last corpus asked about, which in practice is the only one.
 */
final class FoldedText {
  private static FoldedText last;

  private final Corpus corpus;
  private final List<List<String>> byTurn;

  private FoldedText(Corpus corpus) {
    this.corpus = corpus;
    List<Turn> turns = corpus.turns();
    byTurn = new ArrayList<>(turns.size());
    for (Turn turn : turns) {
      List<String> folded = new ArrayList<>(turn.paragraphs().size());
      for (String paragraph : turn.paragraphs()) {
        folded.add(Fold.fold(paragraph));
      }
      byTurn.add(folded);
    }
  }

  static synchronized FoldedText of(Corpus corpus) {
    if (last == null || last.corpus != corpus) {
      last = new FoldedText(corpus);
    }
    return last;
  }

  /** {@code turn}'s paragraphs, folded; {@code turn} is one of this corpus's turns. */
  List<String> paragraphs(Turn turn) {
    return byTurn.get(turn.seq() - 1);
  }
}
