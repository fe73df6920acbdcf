package dev.convo.library;

import java.util.List;

/** A turn of conversation {@code conversation} that a search across the library found. */
public record FoundTurn(String conversation, String turn, String section, String speaker,
    List<String> paragraphs) {
  public FoundTurn {
    paragraphs = List.copyOf(paragraphs);
  }
}
