package dev.convo.library;

import java.util.List;

/**
 * A conversation of the library as {@code library list} and {@code library show} describe it:
 * its name, title, language, speakers' names and counts; {@code bundled} for the interview that
 * ships in the jar.
 */
public record Conversation(String name, String title, String language, List<String> speakers,
    int sections, int turns, int quotes, boolean bundled) {
  public Conversation {
    speakers = List.copyOf(speakers);
  }
}
