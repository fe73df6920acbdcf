package dev.convo.corpus;

import java.util.List;

/**
 * One speaker's uninterrupted contribution. {@code id} is {@code SECTION:INDEX} (for example {@code 7:3},
 * the third turn of section 7), {@code index} counts from 1 within the section, and {@code seq} from 1
 * over the whole interview in reading order.
 */
public record Turn(String id, String section, int index, int seq, String speaker, List<String> paragraphs) {
  public Turn {
    // The bundled corpus's paragraphs are decoded as they are read; a copy would decode them all.
    paragraphs = paragraphs instanceof PackedStrings ? paragraphs : List.copyOf(paragraphs);
  }

  /** The turn's paragraphs as one string, separated by newlines: the form machine output uses. */
  public String text() {
    return String.join("\n", paragraphs);
  }

  public int length() {
    int total = 0;
    for (String paragraph : paragraphs) {
      total += paragraph.codePointCount(0, paragraph.length());
    }
    return total;
  }
}
