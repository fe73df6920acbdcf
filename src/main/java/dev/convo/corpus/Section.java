package dev.convo.corpus;

import java.util.List;

/**
 * A part of the interview. {@code number} is the number printed in the source, or {@code null} for
 * an unnumbered sub-section, whose {@code id} is then the preceding section's id plus a letter ({@code 1a}).
 */
public record Section(
    String id, String slug, Integer number, String title, String titleEn, List<Turn> turns) {
  public Section {
    turns = List.copyOf(turns);
  }
}
