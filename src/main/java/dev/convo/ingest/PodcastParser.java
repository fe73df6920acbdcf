package dev.convo.ingest;

import dev.convo.ingest.Transcript.ParsedSection;
import dev.convo.ingest.Transcript.ParsedTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a podcast site's transcript: a speaker and when the turn starts, in the layouts sites use
 * ({@code Name (00:12:34) text}, {@code Name [12:34]: text}, {@code [00:12:34] Name: text}, or the
 * name on a line of its own over {@code (00:12:34) text}); a timestamp alone continues the speaker
 * in a new paragraph. Markdown headings are chapters, each a section; a {@code # Title} before
 * them is the title. Hours may be left out, and a fraction of a second is dropped.
 */
final class PodcastParser implements TranscriptParser {
  private static final String TIME = "((?:\\d{1,2}:)?\\d{1,2}:\\d{2})(?:[.,]\\d{1,3})?";
  private static final String NAME = "(\\p{L}[^:：*#\\[\\]()（）<>{}|]{0,39}?)";
  private static final int LINE = Pattern.UNIX_LINES;
  /** {@code Name (00:12:34) text}, with square brackets or a colon after the time too. */
  private static final Pattern NAME_TIME =
      Pattern.compile("^" + NAME + "[ \\t]*[(\\[]" + TIME + "[)\\]][ \\t]*[:：]?[ \\t]*(.*)$", LINE);
  /** {@code [00:12:34] Name: text}. */
  private static final Pattern TIME_NAME =
      Pattern.compile("^[(\\[]" + TIME + "[)\\]][ \\t]*" + NAME + "[ \\t]*[:：][ \\t]*(.*)$", LINE);
  /** {@code (00:12:34) text}: under a name on the line before, or the same speaker going on. */
  private static final Pattern TIME_TEXT = Pattern.compile("^[(\\[]" + TIME + "[)\\]][ \\t]*(.*)$", LINE);
  /** A name on a line of its own: no sentence ends in it. */
  private static final Pattern NAME_ALONE = Pattern.compile("^" + NAME + "(?<![.!?。！？,，;；])$", LINE);
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$", LINE);
  /** A chapter's own timestamp before its title: {@code 00:12:34 – Title}. */
  private static final Pattern CHAPTER_TIME =
      Pattern.compile("^[(\\[]?" + TIME + "[)\\]]?[ \\t]*[-–—:]?[ \\t]*(.+)$", LINE);
  private static final int MAX_WORDS = 4;

  private final String file;

  PodcastParser(String file) {
    this.file = file;
  }

  /** Whether {@code line} gives a speaker or a turn with a timestamp. */
  static boolean marks(String line) {
    String stripped = line.strip();
    return named(NAME_TIME.matcher(stripped), 1) || named(TIME_NAME.matcher(stripped), 2)
        || TIME_TEXT.matcher(stripped).matches();
  }

  private static boolean named(Matcher matcher, int group) {
    return matcher.matches() && matcher.group(group).strip().split("\\s+").length <= MAX_WORDS;
  }

  @Override
  public Transcript parse(List<String> lines) throws IngestException {
    Turns turns = new Turns(file);
    List<ParsedSection> sections = new ArrayList<>();
    String title = null;
    String chapter = null;
    int chapterLine = 1;
    List<String> preface = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int number = i + 1;
      Matcher heading = HEADING.matcher(line);
      Matcher nameTime = NAME_TIME.matcher(line);
      Matcher timeName = TIME_NAME.matcher(line);
      Matcher timeText = TIME_TEXT.matcher(line);
      if (heading.matches()) {
        if (title == null && heading.group(1).length() == 1 && chapter == null && !turns.started()
            && sections.isEmpty()) {
          title = heading.group(2);
          continue;
        }
        addSection(sections, chapter, chapterLine, turns.take(), title);
        chapter = chapterTitle(heading.group(2));
        chapterLine = number;
      } else if (named(nameTime, 1)) {
        turns.start(nameTime.group(1).strip(), number, seconds(nameTime.group(2), number));
        turns.add(nameTime.group(3));
      } else if (named(timeName, 2)) {
        turns.start(timeName.group(2).strip(), number, seconds(timeName.group(1), number));
        turns.add(timeName.group(3));
      } else if (timeText.matches() && turns.started()) {
        turns.endParagraph();
        seconds(timeText.group(1), number);
        turns.add(timeText.group(2));
      } else if (named(NAME_ALONE.matcher(line), 1) && nextIsTimeText(lines, i)) {
        Matcher next = TIME_TEXT.matcher(lines.get(++i).strip());
        next.matches();
        turns.start(line, number, seconds(next.group(1), i + 1));
        turns.add(next.group(2));
      } else if (timeText.matches()) {
        throw new IngestException(file + ":" + number + ": a timestamp before any speaker"
            + " (expected 'Name (00:12:34) text', or the name on the line above)");
      } else if (turns.started()) {
        turns.add(line);
      } else if (line.isEmpty()) {
        flush(preface, paragraph);
      } else if (title == null && chapter == null && sections.isEmpty() && preface.isEmpty()
          && paragraph.isEmpty()) {
        title = line;
      } else {
        paragraph.add(line);
      }
      if (turns.started()) {
        flush(preface, paragraph);
      }
    }
    addSection(sections, chapter, chapterLine, turns.finish("'Name (00:12:34) text'"), title);
    return new Transcript(title, Map.of(), preface, List.of(), sections);
  }

  private static boolean nextIsTimeText(List<String> lines, int i) {
    return i + 1 < lines.size() && TIME_TEXT.matcher(lines.get(i + 1).strip()).matches();
  }

  /**
   * Adds the section of {@code chapter} (null for turns before the first chapter, which are a
   * section named by the title) unless it is that unnamed one and has no turns.
   */
  private void addSection(List<ParsedSection> sections, String chapter, int line, List<ParsedTurn> turns,
      String title) {
    if (chapter == null && turns.isEmpty()) {
      return;
    }
    int number = sections.size() + 1;
    String heading = chapter != null ? chapter : title != null ? title : Turns.stem(file);
    sections.add(new ParsedSection(Integer.toString(number), number, heading, line, turns));
  }

  private static String chapterTitle(String heading) {
    Matcher timed = CHAPTER_TIME.matcher(heading);
    return timed.matches() ? timed.group(2) : heading;
  }

  private static void flush(List<String> preface, List<String> paragraph) {
    if (!paragraph.isEmpty()) {
      preface.add(Prose.join(paragraph));
      paragraph.clear();
    }
  }

  /** {@code 1:02:03} or {@code 62:03} as seconds; minutes and seconds past 59 are no time. */
  private int seconds(String time, int line) throws IngestException {
    String[] parts = time.split(":");
    int seconds = Integer.parseInt(parts[parts.length - 1]);
    int minutes = Integer.parseInt(parts[parts.length - 2]);
    int hours = parts.length == 3 ? Integer.parseInt(parts[0]) : 0;
    if (seconds > 59 || parts.length == 3 && minutes > 59) {
      throw new IngestException(file + ":" + line + ": '" + time + "' is not a time"
          + " (write hours:minutes:seconds, minutes and seconds up to 59)");
    }
    return hours * 3600 + minutes * 60 + seconds;
  }
}
