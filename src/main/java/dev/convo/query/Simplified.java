package dev.convo.query;

/**
 * Folds traditional Chinese characters to simplified ones, one character for one, so that offsets
 * into folded text are offsets into the text as written. The table is ICU's Traditional-Simplified
 * transform ({@link SimplifiedTable}), looked up by binary search: a few lookups for a query cost
 * less than building an index of it would.
 */
final class Simplified {
  static final char FIRST = '\u3400';
  static final char LAST = '\uFAFF';

  private Simplified() {}

  static char of(char c) {
    if (c < FIRST || c > LAST) {
      return c;
    }
    String from = SimplifiedTable.TRADITIONAL;
    int low = 0;
    int high = from.length() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      char at = from.charAt(middle);
      if (at < c) {
        low = middle + 1;
      } else if (at > c) {
        high = middle - 1;
      } else {
        return SimplifiedTable.SIMPLIFIED.charAt(middle);
      }
    }
    return c;
  }

  /** {@code text} with every traditional character simplified; {@code text} itself if it has none. */
  static String fold(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = of(text.charAt(i));
      if (c != text.charAt(i)) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = c;
      }
    }
    return chars == null ? text : new String(chars);
  }
}
