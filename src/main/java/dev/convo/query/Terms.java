package dev.convo.query;

/**
 * Finds a folded term in folded text. Chinese has no spaces, so a term matches as a plain substring;
 * a term that starts with a Latin letter or digit must also start a word, so that {@code ai} finds
 * "AI" and "有AI的" but not "OpenAI".
 */
final class Terms {
  private Terms() {}

  static int indexOf(String foldedText, String foldedTerm, int from) {
    boolean wordStart = !foldedTerm.isEmpty() && Fold.isWordChar(foldedTerm.charAt(0));
    int at = foldedText.indexOf(foldedTerm, from);
    while (at >= 0 && wordStart && at > 0 && Fold.isWordChar(foldedText.charAt(at - 1))) {
      at = foldedText.indexOf(foldedTerm, at + 1);
    }
    return at;
  }

  /**
   * {@link #indexOf(String, String, int)} over the first {@code length} chars of {@code foldedText}.
   * A plain loop, as fast as the one String's own search runs where the JIT has no intrinsic for
   * it (C1, which convo runs under).
   */
  static int indexOf(char[] foldedText, int length, String foldedTerm, int from) {
    int size = foldedTerm.length();
    if (size == 0) {
      return from <= length ? from : -1;
    }
    boolean wordStart = Fold.isWordChar(foldedTerm.charAt(0));
    char first = foldedTerm.charAt(0);
    for (int at = Math.max(from, 0); at <= length - size; at++) {
      if (foldedText[at] != first) {
        continue;
      }
      int k = 1;
      while (k < size && foldedText[at + k] == foldedTerm.charAt(k)) {
        k++;
      }
      if (k == size && !(wordStart && at > 0 && Fold.isWordChar(foldedText[at - 1]))) {
        return at;
      }
    }
    return -1;
  }

  static boolean contains(String foldedText, String foldedTerm) {
    return indexOf(foldedText, foldedTerm, 0) >= 0;
  }
}
