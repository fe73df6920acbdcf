package dev.convo.corpus;

import java.util.List;

/**
 * A quote: a passage set in bold inside a turn, a line the editor picked as a favourite, or a
 * passage curated beside them. {@code start} and {@code end} are code-point offsets into paragraph
 * {@code paragraph} (from 0) of turn {@code turn}; {@code editorRank} and {@code editorText} are
 * {@code null} unless the editor listed it, {@code emphasised} tells whether the source set it in
 * bold. {@code origin} says where it comes from ({@link #BOLD}, {@link #EDITOR} or
 * {@link #CURATED}); {@code topics} are the slugs of the topics it is about.
 */
public record Quote(
    String id,
    String turn,
    String section,
    String speaker,
    int paragraph,
    int start,
    int end,
    String text,
    boolean emphasised,
    Integer editorRank,
    String editorText,
    String origin,
    List<String> topics) {
  /** Set in bold in the source. */
  public static final String BOLD = "bold";
  /** On the editor's list of favourites, and not set in bold. */
  public static final String EDITOR = "editor";
  /** Chosen by reading the interview, kept in {@code data/quotes.json}. */
  public static final String CURATED = "curated";

  public Quote {
    topics = List.copyOf(topics);
  }

  /** Whether the source or its editor picked it: set in bold or on the editor's list. */
  public boolean editorsChoice() {
    return !CURATED.equals(origin);
  }
}
