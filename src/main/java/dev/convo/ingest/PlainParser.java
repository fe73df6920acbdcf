package dev.convo.ingest;

import dev.convo.ingest.Transcript.ParsedSection;
import dev.convo.ingest.Transcript.ParsedTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code Name: text} lines: each label starts a turn, the lines after it continue the turn,
 * and a blank line starts a new paragraph of it. A first line that is no label is the title; lines
 * between it and the first label are the preface. A plain transcript has no sections: its turns
 * are one section, named by the title.
 */
final class PlainParser implements TranscriptParser {
  /**
   * A name starting with a letter, up to 40 characters and four words, without the brackets and
   * marks of the other formats, then a colon, full-width or ASCII, and the text; never a URL.
   */
  private static final Pattern LABEL = Pattern.compile(
      "^(\\p{L}[^:：*#\\[\\]()（）<>{}|\"“”]{0,39}?)[ \\t]*[:：](?!//)[ \\t]*(.*)$", Pattern.UNIX_LINES);
  private static final int MAX_WORDS = 4;

  private final String file;

  PlainParser(String file) {
    this.file = file;
  }

  /** Whether {@code line} is a {@code Name: text} label. */
  static boolean marks(String line) {
    return label(line.strip()) != null;
  }

  static Matcher label(String line) {
    Matcher label = LABEL.matcher(line);
    return label.matches() && label.group(1).strip().split("\\s+").length <= MAX_WORDS ? label : null;
  }

  @Override
  public Transcript parse(List<String> lines) throws IngestException {
    Turns turns = new Turns(file);
    String title = null;
    List<String> preface = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      Matcher label = label(line);
      if (label != null) {
        if (!turns.started()) {
          addParagraph(preface, paragraph);
        }
        turns.start(label.group(1).strip(), i + 1, null);
        turns.add(label.group(2));
      } else if (turns.started()) {
        turns.add(line);
      } else if (line.isEmpty()) {
        addParagraph(preface, paragraph);
      } else if (title == null && preface.isEmpty() && paragraph.isEmpty()) {
        title = line;
      } else {
        paragraph.add(line);
      }
    }
    List<ParsedTurn> read = turns.finish("'Name: text'");
    String heading = title != null ? title : Turns.stem(file);
    return new Transcript(title, Map.of(), preface, List.of(),
        List.of(new ParsedSection("1", 1, heading, 1, read)));
  }

  private static void addParagraph(List<String> preface, List<String> paragraph) {
    if (!paragraph.isEmpty()) {
      preface.add(Prose.join(paragraph));
      paragraph.clear();
    }
  }
}
