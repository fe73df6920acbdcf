package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Text as search compares it: folded ({@link Fold}), traditional characters simplified where asked,
 * and without the spaces that some typesetting puts between Chinese and Latin letters or digits
 * ({@code 7 万亿}, {@code GPT-5 什么时候}) and some does not, so that spacing never decides a match.
 * Each paragraph keeps the way back to offsets in the text as written.
 */
final class SearchText {
  /**
   * Ends every paragraph in {@link #text}. A match that runs across it is not a match in any one
   * paragraph, so {@link #find} passes it by; whatever the terms hold, every match inside a
   * paragraph is still found.
   */
  private static final char END_OF_PARAGRAPH = '\n';

  /** The last corpus asked about in each {@link Form}, which the REPL searches again and again. */
  private static final SearchText[] LAST = new SearchText[Form.values().length];

  private final Corpus corpus;
  /**
   * Every paragraph of every turn in order, each followed by {@link #END_OF_PARAGRAPH}: one scan of
   * it finds a term in the whole corpus, where a scan of each paragraph paid a call, a list and its
   * bookkeeping for every paragraph, matched or not. An array, not a string: a string would be a
   * second copy, and over a large corpus the copy cost a garbage collection of its own.
   */
  private final char[] text;
  private final int length;
  /** Of each paragraph: where it starts in {@link #text}, and its folded length. */
  private final int[] starts;
  private final int[] lengths;
  /** Of each paragraph: the offsets in the text as written ({@link Folded#origin}), or null. */
  private final int[][] origins;
  /** Of each paragraph: the position of its turn in the corpus, and its own within that turn. */
  private final int[] turnOf;
  private final int[] paragraphOf;

  /** How the text is compared. */
  enum Form {
    /** As written: for terms that folding leaves alone, in text that need not be simplified. */
    AS_WRITTEN,
    FOLDED,
    /** Folded, traditional characters simplified. */
    SIMPLIFIED
  }

  /**
   * {@code text} folded; {@code origin[i]} is the offset in the text as written of folded char
   * {@code i}, or null where the two are the same length and so share offsets.
   */
  record Folded(String text, int[] origin) {
    /** Where folded char {@code at} starts in the text as written. */
    static int start(int[] origin, int at) {
      return origin == null ? at : origin[at];
    }

    /** Where the folded text up to {@code at} ends in the text as written. */
    static int end(int[] origin, int at) {
      return origin == null ? at : origin[at - 1] + 1;
    }
  }

  /** What {@link #foldInto} wrote: how many chars, their {@link Folded#origin}, and whether any changed. */
  private record Written(int length, int[] origin, boolean changed) {}

  private SearchText(Corpus corpus, Form form) {
    this.corpus = corpus;
    List<Turn> turns = corpus.turns();
    int count = 0;
    int chars = 0;
    for (Turn turn : turns) {
      for (String paragraph : turn.paragraphs()) {
        count++;
        chars += paragraph.length() + 1;
      }
    }
    text = new char[chars];
    starts = new int[count];
    lengths = new int[count];
    origins = new int[count][];
    turnOf = new int[count];
    paragraphOf = new int[count];
    int at = 0;
    int n = 0;
    for (int t = 0; t < turns.size(); t++) {
      List<String> written = turns.get(t).paragraphs();
      for (int p = 0; p < written.size(); p++) {
        String paragraph = written.get(p);
        starts[n] = at;
        if (form == Form.AS_WRITTEN) {
          paragraph.getChars(0, paragraph.length(), text, at);
          lengths[n] = paragraph.length();
        } else {
          Written folded = foldInto(paragraph, form == Form.SIMPLIFIED, text, at);
          lengths[n] = folded.length();
          origins[n] = folded.origin();
        }
        at += lengths[n];
        text[at++] = END_OF_PARAGRAPH;
        turnOf[n] = t;
        paragraphOf[n] = p;
        n++;
      }
    }
    length = at;
  }

  /** The corpus's text in {@code form}; kept for the last corpus asked about in each form. */
  static synchronized SearchText of(Corpus corpus, Form form) {
    SearchText cached = LAST[form.ordinal()];
    if (cached == null || cached.corpus != corpus) {
      cached = new SearchText(corpus, form);
      LAST[form.ordinal()] = cached;
    }
    return cached;
  }

  /**
   * Whether the corpus may be written in traditional characters, so that its text must be
   * simplified to meet simplified queries. A text declared simplified (zh-Hans) is searched as
   * written, traditional queries being simplified to meet it: ICU simplifies some characters that
   * simplified text keeps (著名), which folding only one side would then miss.
   */
  static boolean mayBeTraditional(Corpus corpus) {
    String language = corpus.metadata().language();
    return language.startsWith("zh") && !language.equals("zh-Hans");
  }

  /**
   * Adds to {@code byTurn}, at the position of each turn, every match of {@code term} (compared in
   * this text's form) in that turn, in reading order and none overlapping another of the same term:
   * what scanning each paragraph on its own would find.
   */
  void find(String term, boolean expanded, List<List<Match>> byTurn) {
    int paragraph = 0;
    int at = Terms.indexOf(text, length, term, 0);
    while (at >= 0) {
      while (paragraph + 1 < starts.length && starts[paragraph + 1] <= at) {
        paragraph++;
      }
      int offset = at - starts[paragraph];
      int end = offset + term.length();
      if (end > lengths[paragraph]) {
        at = Terms.indexOf(text, length, term, at + 1);
        continue;
      }
      List<Match> matches = byTurn.get(turnOf[paragraph]);
      if (matches == null) {
        matches = new ArrayList<>();
        byTurn.set(turnOf[paragraph], matches);
      }
      int[] origin = origins[paragraph];
      matches.add(new Match(paragraphOf[paragraph], Folded.start(origin, offset), Folded.end(origin, end), expanded));
      at = Terms.indexOf(text, length, term, at + term.length());
    }
  }

  /** A query term folded as the text is, traditional characters simplified if {@code simplify}. */
  static String term(String text, boolean simplify) {
    return fold(text, simplify).text();
  }

  static Folded fold(String text, boolean simplify) {
    char[] out = new char[text.length()];
    Written written = foldInto(text, simplify, out, 0);
    return written.changed() ? new Folded(new String(out, 0, written.length()), written.origin())
        : new Folded(text, null);
  }

  /** Writes {@code text} folded into {@code out} from {@code at}, where it has room for all of it. */
  private static Written foldInto(String text, boolean simplify, char[] out, int at) {
    int n = text.length();
    boolean changed = false;
    int[] origin = null;
    int length = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        int end = i + 1;
        while (end < n && isSpace(text.charAt(end))) {
          end++;
        }
        if (i > 0 && end < n && joins(text.charAt(i - 1), text.charAt(end))) {
          if (origin == null) {
            origin = new int[n];
            for (int k = 0; k < length; k++) {
              origin[k] = k;
            }
          }
          changed = true;
          i = end;
          continue;
        }
      }
      char f = Fold.fold(c);
      if (simplify) {
        f = Simplified.of(f);
      }
      changed |= f != c;
      out[at + length] = f;
      if (origin != null) {
        origin[length] = i;
      }
      length++;
      i++;
    }
    return new Written(length, origin, changed);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t';
  }

  /** Whether a space between {@code a} and {@code b} only separates Chinese from Latin or digits. */
  private static boolean joins(char a, char b) {
    return (isChinese(a) && isLatinOrDigit(b)) || (isLatinOrDigit(a) && isChinese(b));
  }

  /** Ideographs, kana and the CJK and full-width punctuation that sets with them. */
  private static boolean isChinese(char c) {
    return (c >= '\u2E80' && c <= '\u9FFF' && c != '\u3000') || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\uFF01' && c <= '\uFF65' && !Character.isLetterOrDigit(c));
  }

  private static boolean isLatinOrDigit(char c) {
    return !isChinese(c) && Character.isLetterOrDigit(c);
  }
}
