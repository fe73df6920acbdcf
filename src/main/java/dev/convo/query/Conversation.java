package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Speaker;
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

  /** {@code corpus} described as the conversation {@code name}. */
  public static Conversation of(Corpus corpus, String name, boolean bundled) {
    return new Conversation(name, corpus.metadata().title(), corpus.metadata().language(),
        corpus.speakers().stream().map(Speaker::name).toList(), corpus.sections().size(),
        corpus.turns().size(), corpus.quotes().size(), bundled);
  }
}
