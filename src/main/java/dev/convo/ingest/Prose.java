package dev.convo.ingest;

import java.util.List;

/** Lines of running text joined into a paragraph, as the formats without markup wrap them. */
final class Prose {
  private Prose() {}

  /**
   * {@code lines} joined with a space, except where both sides of the join are Chinese or Japanese
   * characters or punctuation, which are written without spaces between them.
   */
  static String join(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      String next = line.strip();
      if (next.isEmpty()) {
        continue;
      }
      if (text.length() > 0 && !(isWide(text.codePointBefore(text.length())) && isWide(next.codePointAt(0)))) {
        text.append(' ');
      }
      text.append(next);
    }
    return text.toString();
  }

  private static boolean isWide(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF65;
  }
}
