package dev.convo.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline Markdown of a transcript: backslash escapes, {@code **bold**} and {@code *italics*}.
 * Bold inside a turn marks a key quote, so its spans are kept (as code-point offsets into the plain
 * text) while the markers are removed; italics are only their text. Which {@code *} and {@code _}
 * open or close emphasis follows CommonMark's flanking rules, and the characters of a bare URL are
 * never emphasis (as on GitHub).
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

  /** A bare URL, without the punctuation that ends a sentence or emphasis after it. */
  private static final Pattern URL =
      Pattern.compile("https?://[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]*[A-Za-z0-9/#=&%+-]");

  private Inline() {}

  static Text parse(String markdown) throws MarkupException {
    boolean[] inUrl = urls(markdown);
    rejectUnderscoreEmphasis(markdown, inUrl);
    Set<Integer> italics = italicMarkers(markdown, inUrl);
    StringBuilder out = new StringBuilder(markdown.length());
    List<int[]> spans = new ArrayList<>();
    int boldStart = -1;
    int i = 0;
    while (i < markdown.length()) {
      char c = markdown.charAt(i);
      if (isEscape(markdown, i)) {
        out.append(markdown.charAt(i + 1));
        i += 2;
      } else if (markdown.startsWith("**", i) && !inUrl[i]) {
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
      } else if (italics.contains(i)) {
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    if (boldStart >= 0) {
      throw new MarkupException("'**' opened at text offset " + boldStart
          + " is never closed; write \\*\\* for two asterisks");
    }
    return new Text(out.toString(), spans);
  }

  private static boolean isEscape(String s, int i) {
    return s.charAt(i) == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1));
  }

  private static boolean[] urls(String s) {
    boolean[] inUrl = new boolean[s.length()];
    Matcher url = URL.matcher(s);
    while (url.find()) {
      Arrays.fill(inUrl, url.start(), url.end(), true);
    }
    return inUrl;
  }

  /**
   * The single asterisks that open or close italics, paired as CommonMark pairs them: a closer
   * with the nearest opener before it. One that pairs with nothing ({@code Q*}, {@code 2 * 3}) is
   * a character. Runs of two are bold markers, read first from the left.
   */
  private static Set<Integer> italicMarkers(String s, boolean[] inUrl) {
    Set<Integer> markers = new HashSet<>();
    Deque<Integer> openers = new ArrayDeque<>();
    for (int i = 0; i < s.length(); i++) {
      if (isEscape(s, i) || s.startsWith("**", i) && !inUrl[i]) {
        i++;
        continue;
      }
      if (s.charAt(i) != '*' || inUrl[i]) {
        continue;
      }
      if (rightFlanking(s, i) && !openers.isEmpty()) {
        markers.add(openers.pop());
        markers.add(i);
      } else if (leftFlanking(s, i)) {
        openers.push(i);
      }
    }
    return markers;
  }

  /**
   * A pair of {@code _} that CommonMark would read as italics is refused rather than taken for
   * them: it is what the conversion of the bundled article made of two literal asterisks (its
   * line 626), and a transcript can say italics with {@code *}. An underscore inside a word
   * ({@code max_len}) can neither open nor close, so it is a character, as is an unpaired one.
   */
  private static void rejectUnderscoreEmphasis(String s, boolean[] inUrl) throws MarkupException {
    int opener = -1;
    for (int i = 0; i < s.length(); i++) {
      if (isEscape(s, i)) {
        i++;
        continue;
      }
      if (s.charAt(i) != '_' || inUrl[i]) {
        continue;
      }
      boolean left = leftFlanking(s, i);
      boolean right = rightFlanking(s, i);
      boolean canOpen = left && (!right || isPunctuation(before(s, i)));
      boolean canClose = right && (!left || isPunctuation(after(s, i)));
      if (canClose && opener >= 0) {
        throw new MarkupException("'_' at columns " + (opener + 1) + " and " + (i + 1)
            + " would make the text between them italic; write \\_ for an underscore, or *…* for italics");
      }
      if (canOpen) {
        opener = i;
      }
    }
  }

  /** CommonMark: not followed by whitespace, and not by punctuation unless after whitespace or punctuation. */
  private static boolean leftFlanking(String s, int i) {
    int next = after(s, i);
    int previous = before(s, i);
    return !isWhitespace(next)
        && (!isPunctuation(next) || isWhitespace(previous) || isPunctuation(previous));
  }

  /** CommonMark: not after whitespace, and not after punctuation unless followed by whitespace or punctuation. */
  private static boolean rightFlanking(String s, int i) {
    int next = after(s, i);
    int previous = before(s, i);
    return !isWhitespace(previous)
        && (!isPunctuation(previous) || isWhitespace(next) || isPunctuation(next));
  }

  /** The code point before index {@code i}; the start of the text counts as a space. */
  private static int before(String s, int i) {
    return i == 0 ? ' ' : s.codePointBefore(i);
  }

  /** The code point after index {@code i}; the end of the text counts as a space. */
  private static int after(String s, int i) {
    return i + 1 >= s.length() ? ' ' : s.codePointAt(i + 1);
  }

  private static boolean isWhitespace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Unicode punctuation and symbols, as CommonMark counts them. */
  private static boolean isPunctuation(int c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
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
