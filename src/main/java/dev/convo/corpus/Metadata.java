package dev.convo.corpus;

import java.util.List;

public record Metadata(
    String title, String language, Source source, List<Speaker> speakers, Preface preface) {
  public Metadata {
    speakers = List.copyOf(speakers);
  }
}
