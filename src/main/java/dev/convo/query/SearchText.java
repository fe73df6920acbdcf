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
  private static SearchText last;
  private static SearchText lastExact;

  private final Corpus corpus;
  private final List<List<Folded>> byTurn;

  /**
   * {@code text} folded; {@code origin[i]} is the offset in the text as written of folded char
   * {@code i}, or null where the two are the same length and so share offsets.
   */
  record Folded(String text, int[] origin) {
    int start(int at) {
      return origin == null ? at : origin[at];
    }

    int end(int at) {
      return origin == null ? at : origin[at - 1] + 1;
    }
  }

  private SearchText(Corpus corpus, boolean simplify) {
    this.corpus = corpus;
    List<Turn> turns = corpus.turns();
    byTurn = new ArrayList<>(turns.size());
    for (Turn turn : turns) {
      List<Folded> folded = new ArrayList<>(turn.paragraphs().size());
      for (String paragraph : turn.paragraphs()) {
        folded.add(fold(paragraph, simplify));
      }
      byTurn.add(folded);
    }
  }

  /**
   * The corpus's text folded, traditional characters simplified if {@code simplify}; kept for the
   * last corpus asked about, which the REPL searches again and again.
   */
  static synchronized SearchText of(Corpus corpus, boolean simplify) {
    SearchText cached = simplify ? last : lastExact;
    if (cached == null || cached.corpus != corpus) {
      cached = new SearchText(corpus, simplify);
      if (simplify) {
        last = cached;
      } else {
        lastExact = cached;
      }
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

  /** {@code turn}'s paragraphs as written, for terms that folding leaves alone. */
  static List<Folded> asWritten(Turn turn) {
    List<Folded> paragraphs = new ArrayList<>(turn.paragraphs().size());
    for (String paragraph : turn.paragraphs()) {
      paragraphs.add(new Folded(paragraph, null));
    }
    return paragraphs;
  }

  /** The paragraphs of the corpus's {@code position}th turn, counting from 0. */
  List<Folded> paragraphs(int position) {
    return byTurn.get(position);
  }

  /** A query term folded as the text is, traditional characters simplified if {@code simplify}. */
  static String term(String text, boolean simplify) {
    return fold(text, simplify).text();
  }

  static Folded fold(String text, boolean simplify) {
    int n = text.length();
    char[] out = null;
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
          if (out == null) {
            out = new char[n];
            text.getChars(0, i, out, 0);
          }
          if (origin == null) {
            origin = new int[n];
            for (int k = 0; k < length; k++) {
              origin[k] = k;
            }
          }
          i = end;
          continue;
        }
      }
      char f = Fold.fold(c);
      if (simplify) {
        f = Simplified.of(f);
      }
      if (f != c && out == null) {
        out = new char[n];
        text.getChars(0, i, out, 0);
      }
      if (out != null) {
        out[length] = f;
      }
      if (origin != null) {
        origin[length] = i;
      }
      length++;
      i++;
    }
    if (out == null) {
      return new Folded(text, null);
    }
    return new Folded(new String(out, 0, length), origin);
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
