package dev.convo.ingest;

import dev.convo.ingest.Transcript.ParsedTurn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The turns of a format without markup, as its lines come: a label starts a turn, lines of text
 * continue its paragraph, a blank line ends the paragraph.
 */
final class Turns {
  private final String file;
  private final List<ParsedTurn> turns = new ArrayList<>();
  private String speaker;
  private int line;
  private Integer time;
  private int total;
  private final List<Inline.Text> paragraphs = new ArrayList<>();
  private final List<String> paragraph = new ArrayList<>();

  Turns(String file) {
    this.file = file;
  }

  boolean started() {
    return speaker != null;
  }

  /** Starts the turn of {@code name} on line {@code line}, at {@code time} seconds or null. */
  void start(String name, int line, Integer time) throws IngestException {
    close();
    this.speaker = name;
    this.line = line;
    this.time = time;
  }

  /** A line of the current turn; a blank one ends its paragraph. */
  void add(String text) {
    if (text.isBlank()) {
      endParagraph();
    } else {
      paragraph.add(text);
    }
  }

  void endParagraph() {
    if (!paragraph.isEmpty()) {
      paragraphs.add(new Inline.Text(Prose.join(paragraph), List.of()));
      paragraph.clear();
    }
  }

  /** Ends the current turn; the turns read since the last call. */
  List<ParsedTurn> take() throws IngestException {
    close();
    List<ParsedTurn> taken = List.copyOf(turns);
    turns.clear();
    return taken;
  }

  /**
   * The turns since the last {@link #take}; there must have been at least one in all, and
   * {@code example} shows what a label looks like.
   */
  List<ParsedTurn> finish(String example) throws IngestException {
    close();
    if (total == 0) {
      throw new IngestException(file + ": no speaker labels (expected lines such as " + example + ")");
    }
    return List.copyOf(turns);
  }

  private void close() throws IngestException {
    endParagraph();
    if (speaker == null) {
      return;
    }
    if (paragraphs.isEmpty()) {
      throw new IngestException(file + ":" + line + ": speaker label '" + speaker + "' has no text");
    }
    turns.add(new ParsedTurn(speaker, List.copyOf(paragraphs), line, time));
    total++;
    paragraphs.clear();
    speaker = null;
  }

  /** The file's name without its extension: the title of a transcript that has none. */
  static String stem(String file) {
    String name = Path.of(file).getFileName().toString();
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
