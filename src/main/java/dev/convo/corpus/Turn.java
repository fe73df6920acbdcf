package dev.convo.corpus;

import java.util.List;

/**
 * One speaker's uninterrupted contribution. {@code id} is {@code SECTION:INDEX} (for example {@code 7:3},
 * the third turn of section 7), {@code index} counts from 1 within the section, and {@code seq} from 1
 * over the whole interview in reading order. {@code time} is when the turn starts in the recording, in
 * seconds, for a transcript that gives it, else {@code null}.
 */
public record Turn(String id, String section, int index, int seq, String speaker, List<String> paragraphs,
    Integer time) {
  public Turn {
    // The bundled corpus's paragraphs are decoded as they are read; a copy would decode them all.
    paragraphs = paragraphs instanceof PackedStrings ? paragraphs : List.copyOf(paragraphs);
  }

  /** A turn of a transcript without timestamps. */
  public Turn(String id, String section, int index, int seq, String speaker, List<String> paragraphs) {
    this(id, section, index, seq, speaker, paragraphs, null);
  }

  /** When the turn starts as a podcast site prints it, {@code 01:02:03}, or {@code null}. */
  public String clock() {
    return time == null ? null : String.format(java.util.Locale.ROOT, "%02d:%02d:%02d",
        time / 3600, time / 60 % 60, time % 60);
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
