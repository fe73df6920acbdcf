package dev.convo.corpus;

import java.util.List;

/** The editor's introduction: metadata about the interview, never a speaker turn. */
public record Preface(List<String> paragraphs, List<Favourite> favourites) {
  public Preface {
    paragraphs = List.copyOf(paragraphs);
    favourites = List.copyOf(favourites);
  }
}
