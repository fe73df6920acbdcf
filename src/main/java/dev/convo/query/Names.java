package dev.convo.query;

/** Shows user input inside a message without letting control characters reach the terminal. */
final class Names {
  private Names() {}

  /** {@code input} as one word of a shell command line: as it is when that is safe, else quoted. */
  static String shellWord(String input) {
    String word = input.strip();
    if (word.matches("[\\p{L}\\p{N}_./:@%+=,-]+")) {
      return word;
    }
    return quoted(word.replace("'", "'\\''"));
  }

  static String quoted(String input) {
    StringBuilder out = new StringBuilder(input.length() + 2).append('\'');
    input.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
        out.append(cp <= 0xFF ? String.format("\\x%02x", cp) : String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append('\'').toString();
  }
}
