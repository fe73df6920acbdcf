package dev.convo.library;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Conversation names: what users type, and a file name in the library. A name is a lower-case
 * letter or digit, then up to 63 lower-case letters, digits or hyphens, as a slug is.
 */
final class Names {
  static final int MAX_LENGTH = 64;
  /** A title longer than this makes a name too long to type: the file's name is used instead. */
  private static final int MAX_TITLE_NAME = 40;

  private Names() {}

  static boolean isName(String name) {
    if (name.isEmpty() || name.length() > MAX_LENGTH || !name.equals(name.toLowerCase(Locale.ROOT))
        || !Character.isLetterOrDigit(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) && !Character.isSurrogate(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name a conversation gets when none is given: its title as a slug when that is short
   * enough, else its file's name without extensions; null when neither gives one.
   */
  static String derive(String title, Path file) {
    String fromTitle = title == null ? "" : slug(title);
    if (!fromTitle.isEmpty() && fromTitle.length() <= MAX_TITLE_NAME) {
      return fromTitle;
    }
    String stem = file.getFileName().toString();
    int dot = stem.indexOf('.');
    String fromFile = slug(dot > 0 ? stem.substring(0, dot) : stem);
    if (fromFile.length() > MAX_LENGTH) {
      fromFile = fromFile.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return fromFile.isEmpty() ? null : fromFile;
  }

  /** Lower case, every run of other characters than letters and digits one hyphen, none at the ends. */
  static String slug(String text) {
    StringBuilder slug = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
        if (gap && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return slug.toString();
  }
}
