package dev.convo.corpus;

import java.util.List;

/**
 * Something a user may want to read about. {@code turns}, when not empty, lists every turn about
 * it, decided by reading; otherwise it covers whole {@code sections} and the turns elsewhere that
 * mention one of the {@code keywords}. {@code slug} is the ASCII name users type; aliases (shown
 * beside the topic) and {@code names} (further spellings, only looked up) are matched as forgivingly.
 */
public record Topic(
    String slug,
    String title,
    String titleZh,
    List<String> aliases,
    List<String> sections,
    List<String> keywords,
    List<String> turns,
    List<String> names) {
  public Topic {
    aliases = List.copyOf(aliases);
    sections = List.copyOf(sections);
    keywords = List.copyOf(keywords);
    turns = List.copyOf(turns);
    names = List.copyOf(names);
  }
}
