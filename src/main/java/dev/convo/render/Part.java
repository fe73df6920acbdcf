package dev.convo.render;

import dev.convo.corpus.Corpus;
import java.util.List;

/**
 * Where one renderer's output stands in a list that several print in turn, one conversation each:
 * the first opens the list (a JSON array's bracket, a TSV header), the last closes it. {@code corpora}
 * are those of the whole list, for a table whose columns depend on them: one TSV header has a column
 * for every speaker of them all, and a time column where any of them gives times. Empty: this
 * renderer's corpus alone.
 */
public record Part(boolean first, boolean last, List<Corpus> corpora) {
  /** The whole list, as one renderer prints it alone. */
  public static final Part WHOLE = new Part(true, true);

  public Part {
    corpora = List.copyOf(corpora);
  }

  public Part(boolean first, boolean last) {
    this(first, last, List.of());
  }

  /** Whether this is the whole list, printed by one renderer. */
  boolean whole() {
    return first && last;
  }
}
