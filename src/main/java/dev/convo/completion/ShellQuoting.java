package dev.convo.completion;

import java.util.regex.Pattern;

/**
 * How a word is written into a completion script so that the shell reads it back as itself: a
 * name or description from the corpus is data, never code, whatever quotes, {@code $(…)},
 * backticks or control characters it holds. Every quoted word stays on one line (a control
 * character is written as an escape), and zsh's own mark-up inside {@code _describe} items and
 * {@code _arguments} specs is escaped here too.
 */
final class ShellQuoting {
  /** Characters bash takes literally in a word, so that a plain word stays unquoted. */
  private static final Pattern BASH_PLAIN = Pattern.compile("[A-Za-z0-9._+/-]+");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

  private ShellQuoting() {}

  /** A word for bash: as it is when nothing in it is special, else single-quoted. */
  static String bash(String word) {
    if (BASH_PLAIN.matcher(word).matches()) {
      return word;
    }
    return posix(word);
  }

  /** A word for zsh, always single-quoted. */
  static String zsh(String word) {
    return posix(word);
  }

  /**
   * A word for fish, single-quoted, where only backslash and quote are special; a control
   * character stands outside the quotes as fish's escape for it.
   */
  static String fish(String word) {
    StringBuilder out = new StringBuilder("'");
    word.codePoints().forEach(c -> {
      if (c == '\\' || c == '\'') {
        out.append('\\').appendCodePoint(c);
      } else if (Character.getType(c) == Character.CONTROL) {
        out.append('\'').append(escape(c)).append('\'');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('\'').toString();
  }

  /**
   * An item of zsh's {@code _describe}: {@code value:description}, the colons in the value escaped
   * so that the first bare one ends it (the description may hold any), and every backslash
   * doubled, since {@code _describe} takes a single one as an escape and drops it.
   */
  static String zshItem(String value, String description) {
    return zshColons(value.replace("\\", "\\\\")) + ":" + description.replace("\\", "\\\\");
  }

  /** Escapes the colons that would otherwise end a field of a zsh completion spec. */
  static String zshColons(String text) {
    return text.replace(":", "\\:");
  }

  /** An option's description inside {@code [...]} of an {@code _arguments} spec. */
  static String zshBracketed(String text) {
    return "[" + text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]") + "]";
  }

  /** A word in the {@code (one two)} list of an {@code _arguments} action. */
  static String zshListed(String word) {
    return word.replaceAll("([\\\\ ()])", "\\\\$1");
  }

  /**
   * Single quotes, where bash and zsh take everything literally but the quote itself. A word with
   * a control character is written {@code $'…'} instead, so that the script keeps it on one line.
   */
  private static String posix(String word) {
    if (!CONTROL.matcher(word).find()) {
      return "'" + word.replace("'", "'\\''") + "'";
    }
    StringBuilder out = new StringBuilder("$'");
    word.codePoints().forEach(c -> {
      if (c == '\\' || c == '\'') {
        out.append('\\').appendCodePoint(c);
      } else if (Character.getType(c) == Character.CONTROL) {
        out.append(escape(c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('\'').toString();
  }

  /** {@code \x1b} for an ASCII control, {@code \u0085} for a C1 one, as bash, zsh and fish read them. */
  private static String escape(int c) {
    return c < 0x80 ? String.format("\\x%02x", c) : String.format("\\u%04x", c);
  }
}
