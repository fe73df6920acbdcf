package dev.convo.text;

/**
 * The one place where text from a corpus is made safe for a terminal or a line-oriented file. A
 * corpus can come from anyone ({@code --corpus}), and an ESC or a bidi override in it must not move
 * the cursor, recolour the screen or reorder what the reader sees; such characters are shown as
 * escapes instead: {@code \x1b} for ESC, a backslash, u and four hex digits for the others.
 */
public final class Escape {
  /** Characters of a value {@link #excerpt} shows. */
  public static final int EXCERPT = 40;

  private Escape() {}

  /** Whether {@code cp} must never reach a terminal as it is (newline and tab are decided by the caller). */
  public static boolean isUnsafe(int cp) {
    return (cp < 0x20 && cp != '\n' && cp != '\t')
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x061C
        || cp == 0x200E || cp == 0x200F
        || (cp >= 0x2028 && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
  }

  /** How an unsafe character is shown. */
  public static String shown(int cp) {
    return cp <= 0xFF ? String.format("\\x%02x", cp) : String.format("\\u%04x", cp);
  }

  /** Escapes unsafe characters; newline and tab stay, for layout. */
  public static String controls(String text) {
    if (isSafe(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isUnsafe(cp)) {
        out.append(shown(cp));
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** For one-record-per-line output: unsafe characters and newlines escaped, so a record is one line. */
  public static String line(String text) {
    String safe = controls(text);
    return safe.indexOf('\n') < 0 ? safe : safe.replace("\n", "\\n");
  }

  /**
   * A value shown inside a message, such as a name the user typed or a field a file holds: on one
   * line, and with every character that shows nothing made visible too (tab, newline, format
   * characters such as a zero-width space), so that the reader sees exactly which value it was.
   */
  public static String inline(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    value.codePoints().forEach(cp -> {
      if (isUnsafe(cp) || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
        out.append(shown(cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /** {@code value} as {@link #inline} shows it, between single quotes. */
  public static String quoted(String value) {
    return "'" + inline(value) + "'";
  }

  /**
   * A value a file holds, shown in a message about it: its first {@value #EXCERPT} characters, an
   * ellipsis if there were more, as {@link #inline} shows them. A message stays one readable line
   * however long the value.
   */
  public static String excerpt(String value) {
    int cut = value.codePointCount(0, value.length()) > EXCERPT
        ? value.offsetByCodePoints(0, EXCERPT) : value.length();
    return inline(value.substring(0, cut)) + (cut < value.length() ? "…" : "");
  }

  /**
   * A TSV field: backslash, tab, newline and carriage return as {@code \\ \t \n \r}, so that every
   * field can be unescaped exactly, then unsafe characters as in {@link #controls}.
   */
  public static String tsv(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> {
          if (isUnsafe(cp)) {
            out.append(shown(cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }

  /**
   * JSON may carry C1 controls and bidi overrides raw, and JSON printed on a terminal would then
   * act on it. Outside strings JSON is ASCII, so each such char can only be inside a string, where
   * its six-character escape (backslash, u, four hex digits) means exactly the same. Every JSON
   * convo prints goes through here.
   */
  public static String json(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean unsafe = Escape.isUnsafe(c) && !(Character.isHighSurrogate(c) && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1)))
          && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(json.charAt(i - 1)));
      if (unsafe && out == null) {
        out = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (out != null) {
        if (unsafe) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? json : out.toString();
  }

  /**
   * Whether {@code text} has no character {@link #isUnsafe} names, checked a char at a time: the
   * ellipsis and the dashes of ordinary text stay on this fast path. A surrogate sends the text
   * to the slow path, which reads pairs as one code point.
   */
  private static boolean isSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Printable ASCII, then everything past the bidi isolates but the surrogates (Chinese, kana,
      // CJK and full-width punctuation): nearly every char, decided in a few comparisons.
      if ((c >= 0x20 && c < 0x7F) || (c > 0x2069 && (c < 0xD800 || c > 0xDFFF))) {
        continue;
      }
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
          || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
