package dev.convo.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds traditional Chinese characters to simplified ones, one character for one, so that offsets
 * into folded text are offsets into the text as written. The table is ICU's Traditional-Simplified
 * transform (see {@code SimplifiedTableTest}), read the first time a search needs it.
 */
final class Simplified {
  static final String RESOURCE = "/dev/convo/query/simplified.txt";
  static final char FIRST = '\u3400';
  static final char LAST = '\uFAFF';

  private Simplified() {}

  private static final class Table {
    /** The simplified form of each char from FIRST, or 0 where it has none of its own. */
    static final char[] SIMPLIFIED = load();

    private static char[] load() {
      try (InputStream in = Simplified.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the jar has no " + RESOURCE);
        }
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        String from = lines[1];
        String to = lines[2];
        char[] table = new char[LAST - FIRST + 1];
        for (int i = 0; i < from.length(); i++) {
          table[from.charAt(i) - FIRST] = to.charAt(i);
        }
        return table;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static char of(char c) {
    if (c < FIRST || c > LAST) {
      return c;
    }
    char simplified = Table.SIMPLIFIED[c - FIRST];
    return simplified == 0 ? c : simplified;
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
