package dev.convo.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The inline Markdown the article uses: backslash escapes and {@code **bold**}. Bold inside a turn
 * marks a key quote, so its spans are kept (as code-point offsets into the plain text) while the
 * markers are removed.
 */
final class Inline {
  /** Plain text and the code-point spans that were bold in the source. */
  record Text(String text, List<int[]> boldSpans) {}

  /** Thrown with a short description; the caller adds the file and line. */
  static final class MarkupException extends Exception {
    private static final long serialVersionUID = 1L;

    MarkupException(String message) {
      super(message);
    }
  }

  private Inline() {}

  static Text parse(String markdown) throws MarkupException {
    rejectEmphasis(markdown);
    StringBuilder out = new StringBuilder(markdown.length());
    List<int[]> spans = new ArrayList<>();
    int boldStart = -1;
    int i = 0;
    while (i < markdown.length()) {
      char c = markdown.charAt(i);
      if (c == '\\' && i + 1 < markdown.length() && isAsciiPunctuation(markdown.charAt(i + 1))) {
        out.append(markdown.charAt(i + 1));
        i += 2;
      } else if (markdown.startsWith("**", i)) {
        int offset = out.codePointCount(0, out.length());
        i += 2;
        if (boldStart < 0) {
          boldStart = offset;
        } else {
          if (offset > boldStart) {
            spans.add(new int[] {boldStart, offset});
          }
          boldStart = -1;
          i = skipConverterSpace(markdown, i);
        }
      } else {
        out.append(c);
        i++;
      }
    }
    if (boldStart >= 0) {
      throw new MarkupException("'**' opened at text offset " + boldStart + " is never closed");
    }
    return new Text(out.toString(), spans);
  }

  /**
   * A single {@code *} or {@code _} that could open emphasis, followed later by one that could
   * close it, is the trace of a conversion that read literal characters as italics (the article has
   * no italics). An unpaired one, like the asterisk in {@code Q* 是什么}, is literal text.
   */
  private static void rejectEmphasis(String s) throws MarkupException {
    int[] openers = {-1, -1};
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
        i++;
        continue;
      }
      if (c != '*' && c != '_') {
        continue;
      }
      int kind = c == '*' ? 0 : 1;
      boolean canOpen = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
      boolean canClose = i > 0 && !Character.isWhitespace(s.charAt(i - 1));
      if (canClose && openers[kind] >= 0) {
        throw new MarkupException("'" + c + "' at columns " + (openers[kind] + 1) + " and " + (i + 1)
            + " look like emphasis the conversion made of literal characters;"
            + " restore the text in the repairs file");
      }
      if (canOpen) {
        openers[kind] = i;
      }
    }
  }

  /**
   * The converter put a space (or, after wrapping, a line break) after every closing bold marker,
   * even before Chinese punctuation; between CJK characters such a space is an artifact, not text.
   */
  private static int skipConverterSpace(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    if (j > i && j < s.length() && isCjk(s.codePointAt(j))) {
      return j;
    }
    return i;
  }

  static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && "…‘’“”—".indexOf(codePoint) >= 0;
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
