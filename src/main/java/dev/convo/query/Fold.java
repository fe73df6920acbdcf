package dev.convo.query;

/**
 * Folds text so that what a user types matches what the transcript says: full-width ASCII
 * ({@code ＧＰＴ－５}) becomes half-width and letters lower case. Every char maps to exactly one char,
 * so an offset into the folded text is the same offset into the original: hits can be highlighted
 * in the text as written.
 */
public final class Fold {
  private static final int FULLWIDTH_FIRST = 0xFF01;
  private static final int FULLWIDTH_LAST = 0xFF5E;
  private static final int FULLWIDTH_OFFSET = 0xFEE0;
  private static final char IDEOGRAPHIC_SPACE = '\u3000';
  private static final char CJK_FIRST = '\u3400';
  private static final char CJK_LAST = '\u9FFF';

  private Fold() {}

  public static char fold(char c) {
    if (c >= CJK_FIRST && c <= CJK_LAST) {
      // Most of the text: ideographs have no case, and asking Character costs a table lookup each.
      return c;
    }
    if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
      c = (char) (c - FULLWIDTH_OFFSET);
    } else if (c == IDEOGRAPHIC_SPACE) {
      return ' ';
    }
    return Character.isSurrogate(c) ? c : Character.toLowerCase(c);
  }

  /** {@code text} folded; {@code text} itself when folding changes nothing, as in most Chinese. */
  public static String fold(String text) {
    int first = 0;
    while (first < text.length() && fold(text.charAt(first)) == text.charAt(first)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      chars[i] = fold(chars[i]);
    }
    return new String(chars);
  }

  /**
   * The form in which names are compared: folded, without the separators people vary when typing
   * a name ({@code GPT-5}, {@code gpt 5}, {@code gpt_5} all become {@code gpt5}).
   */
  public static String key(String name) {
    String folded = fold(name.strip());
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c != '-' && c != '_' && c != ' ' && c != '.' && c != '·' && c != '\u30FB') {
        key.append(c);
      }
    }
    return key.toString();
  }

  /**
   * Whether folding leaves every char of {@code text} alone and maps no other char to it, so that
   * {@code text} matches the folded form of some text exactly where it matches the text itself.
   * True of Chinese: ideographs, kana and CJK punctuation have no case and no full-width twin.
   */
  public static boolean isFixed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean fixed = (c >= '\u3001' && c <= '\u30FF') || (c >= CJK_FIRST && c <= CJK_LAST);
      if (!fixed) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} belongs to a Latin word or number, where a search term must not start mid-word. */
  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
