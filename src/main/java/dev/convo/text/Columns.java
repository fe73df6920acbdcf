package dev.convo.text;

/**
 * Terminal columns a character takes: two for East Asian wide and full-width characters (Chinese,
 * full-width punctuation), none for combining marks, one otherwise.
 */
public final class Columns {
  private static final String ELLIPSIS = "…";

  private Columns() {}

  public static int of(int cp) {
    if (cp == 0) {
      return 0;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || cp == 0x200B || cp == 0x200D) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  public static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** Columns of a whole string (which must already be escaped). */
  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** {@code text} followed by spaces up to {@code width} columns. */
  public static String pad(String text, int width) {
    int missing = width - of(text);
    return missing <= 0 ? text : text + " ".repeat(missing);
  }

  /**
   * {@code text} in at most {@code width} columns: as it is if it fits, otherwise cut, with an
   * ellipsis in the last column to show that something is missing.
   */
  public static String shorten(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    StringBuilder kept = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (used + of(cp) > width - 1) {
        break;
      }
      kept.appendCodePoint(cp);
      used += of(cp);
      i += Character.charCount(cp);
    }
    return kept.toString().stripTrailing() + ELLIPSIS;
  }

  /** Spaces, then {@code text}, to {@code width} columns. */
  public static String padLeft(String text, int width) {
    int missing = width - of(text);
    return missing <= 0 ? text : " ".repeat(missing) + text;
  }
}
