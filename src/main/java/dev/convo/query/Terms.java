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

  static boolean contains(String foldedText, String foldedTerm) {
    return indexOf(foldedText, foldedTerm, 0) >= 0;
  }
}
