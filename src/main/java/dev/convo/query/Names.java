package dev.convo.query;

import dev.convo.text.Escape;

/** A name the user typed, as a message suggests typing it again. */
final class Names {
  private Names() {}

  /** {@code input} as one word of a shell command line: as it is when that is safe, else quoted. */
  static String shellWord(String input) {
    String word = input.strip();
    if (word.matches("[\\p{L}\\p{N}_./:@%+=,-]+")) {
      return word;
    }
    return Escape.quoted(word.replace("'", "'\\''"));
  }
}
