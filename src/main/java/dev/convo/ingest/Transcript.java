package dev.convo.ingest;

import java.util.List;
import java.util.Map;

/** What the parser reads from a source, before ids, quotes and topics are attached. */
record Transcript(
    String title,
    Map<String, String> header,
    List<String> preface,
    List<String> favourites,
    List<ParsedSection> sections) {

  record ParsedSection(String id, Integer number, String title, int line, List<ParsedTurn> turns) {}

  /** A turn as read; {@code time}, in seconds, where the transcript gives when it starts. */
  record ParsedTurn(String speakerName, List<Inline.Text> paragraphs, int line, Integer time) {
    ParsedTurn(String speakerName, List<Inline.Text> paragraphs, int line) {
      this(speakerName, paragraphs, line, null);
    }
  }
}
