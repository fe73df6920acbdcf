package dev.convo.corpus;

import java.util.List;

/**
 * Something a user may want to read about: whole sections, turns elsewhere that mention one of the
 * keywords, or both. {@code slug} is the ASCII name users type; aliases are matched as forgivingly.
 */
public record Topic(
    String slug,
    String title,
    String titleZh,
    List<String> aliases,
    List<String> sections,
    List<String> keywords) {
  public Topic {
    aliases = List.copyOf(aliases);
    sections = List.copyOf(sections);
    keywords = List.copyOf(keywords);
  }
}
