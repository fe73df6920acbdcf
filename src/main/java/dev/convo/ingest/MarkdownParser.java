package dev.convo.ingest;

import dev.convo.ingest.Transcript.ParsedSection;
import dev.convo.ingest.Transcript.ParsedTurn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the transcript convention: an optional {@code # title} and {@code key: value} header, an
 * optional editor's preface (with a numbered list of favourite lines), then numbered section
 * headings (bold, or Markdown's {@code ## 1. Title}) and bold speaker labels, and optionally a
 * footer from an {@code **END**} marker or the first image on.
 */
final class MarkdownParser implements TranscriptParser {
  /**
   * Lines are already split at newlines; without this, NEL and the Unicode line separators inside
   * a line would end {@code .} and {@code $}, and a speaker's line holding one would lose its label.
   */
  private static final int LINE = Pattern.UNIX_LINES;

  /** {@code **Name：** text} — the colon inside the bold, full-width or ASCII. */
  private static final Pattern LABEL_INSIDE =
      Pattern.compile("^\\*\\*([^*：:\\n]{1,40}?)\\s*[：:]\\s*\\*\\*\\s*(.*)$", LINE);
  /** {@code **Name** ：text} — the colon outside the bold, with or without a space before it. */
  private static final Pattern LABEL_OUTSIDE =
      Pattern.compile("^\\*\\*([^*：:\\n]{1,40}?)\\*\\*\\s*[：:]\\s*(.*)$", LINE);
  /** {@code **8\. 关于…**}: the number may be escaped and followed by a space. */
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^\\*\\*(\\d{1,3})\\\\?[.、]\\s*(.+?)\\*\\*\\s*$", LINE);
  /** {@code ## 8. Title}, a Markdown heading of level 2 to 6, optionally closed by {@code #}s. */
  private static final Pattern NUMBERED_ATX_HEADING =
      Pattern.compile("^#{2,6}[ \\t]+(\\d{1,3})\\\\?[.、][ \\t]*(.+?)(?:[ \\t]+#+)?[ \\t]*$", LINE);
  /** An unnumbered sub-heading: a short bold line with no sentence punctuation. */
  private static final Pattern PLAIN_HEADING =
      Pattern.compile("^\\*\\*([^*：:。，？！.?!]{1,30})\\*\\*\\s*$");
  /** An unnumbered Markdown heading of level 2 to 6, which inside a section is a sub-heading. */
  private static final Pattern PLAIN_ATX_HEADING =
      Pattern.compile("^#{2,6}[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$", LINE);
  /** Any Markdown heading line, {@code # Title} too: a block of its own. */
  private static final Pattern ATX_HEADING = Pattern.compile("^#{1,6}(?:[ \\t].*)?$", LINE);
  /** Anything that starts like a numbered heading but is not one is damage, never dialogue. */
  private static final Pattern HEADING_LIKE = Pattern.compile("^(?:\\*\\*|#{2,6}[ \\t]+)\\d{1,3}\\\\?[.、]");
  private static final Pattern END_MARKER = Pattern.compile("^\\*\\*\\s*[·•]?\\s*END\\s*[·•]?\\s*\\*\\*\\s*$");
  private static final Pattern RULE = Pattern.compile("^\\s*(\\* *){3,}$|^\\s*(- *){3,}$");
  private static final Pattern HEADER_FIELD = Pattern.compile("^([^\\s:：]{1,20})\\s*[:：]\\s+(\\S.*)$", LINE);
  private static final Pattern LIST_ITEM = Pattern.compile("^(\\d{1,3})[.)、]\\s+(.*)$", LINE);

  private final String file;

  MarkdownParser(String file) {
    this.file = file;
  }

  private record Block(int line, List<String> lines) {
    String joined() {
      StringBuilder text = new StringBuilder(lines.get(0));
      for (String next : lines.subList(1, lines.size())) {
        if (!joinsWithoutSpace(text, next)) {
          text.append(' ');
        }
        text.append(next);
      }
      return text.toString();
    }

    /**
     * The wrapper broke lines at spaces, and after the hyphen of a hyphenated word or URL; only
     * the latter must be joined without a space ({@code sam-} + {@code altman-2-transcript}).
     */
    private static boolean joinsWithoutSpace(CharSequence text, String next) {
      int n = text.length();
      return n >= 2
          && text.charAt(n - 1) == '-'
          && isAsciiAlphanumeric(text.charAt(n - 2))
          && isAsciiAlphanumeric(next.charAt(0));
    }

    private static boolean isAsciiAlphanumeric(char c) {
      return c < 128 && Character.isLetterOrDigit(c);
    }
  }

  @Override
  public Transcript parse(List<String> lines) throws IngestException {
    List<Block> blocks = blocks(lines);
    String title = null;
    Map<String, String> header = new LinkedHashMap<>();
    List<String> preface = new ArrayList<>();
    List<String> favourites = new ArrayList<>();
    List<ParsedSection> sections = new ArrayList<>();
    ParsedSection section = null;
    List<ParsedTurn> turns = null;
    String speaker = null;
    List<Inline.Text> paragraphs = null;
    int turnLine = 0;
    int subSections = 0;

    for (Block block : blocks) {
      String first = block.lines().get(0);
      if (END_MARKER.matcher(first).matches() || first.startsWith("![") || first.startsWith("[![")) {
        break;
      }
      Matcher label = label(first);
      Matcher numbered = matching(block.joined(), NUMBERED_HEADING, NUMBERED_ATX_HEADING);
      Matcher plain = matching(block.joined(), PLAIN_HEADING, PLAIN_ATX_HEADING);
      if (label != null) {
        closeTurn(turns, speaker, paragraphs, turnLine);
        if (section == null) {
          throw error(block.line(), "a speaker label before the first section heading"
              + " (headings are numbered: '**1. Title**' or '## 1. Title')");
        }
        speaker = inline(label.group(1).trim(), block.line()).text();
        turnLine = block.line();
        paragraphs = new ArrayList<>();
        List<String> rest = new ArrayList<>(block.lines());
        rest.set(0, label.group(2));
        String text = new Block(block.line(), rest).joined().strip();
        if (!text.isEmpty()) {
          paragraphs.add(inline(text, block.line()));
        }
      } else if (numbered != null || section != null && plain != null) {
        closeTurn(turns, speaker, paragraphs, turnLine);
        speaker = null;
        paragraphs = null;
        turns = new ArrayList<>();
        String id;
        Integer number;
        String heading;
        if (numbered != null) {
          number = Integer.valueOf(numbered.group(1));
          id = number.toString();
          heading = numbered.group(2);
          subSections = 0;
        } else {
          number = null;
          String parent = section == null ? "0" : section.number() == null
              ? section.id().replaceAll("[a-z]+$", "") : section.id();
          subSections++;
          id = parent + (char) ('a' + subSections - 1);
          heading = plain.group(1);
        }
        section = new ParsedSection(id, number, inline(heading.strip(), block.line()).text(),
            block.line(), turns);
        sections.add(section);
      } else if (HEADING_LIKE.matcher(first).find()) {
        throw error(block.line(), "malformed section heading '" + first
            + "'; write it as '**N. Title**' or '## N. Title' (\\* for an asterisk in the title)");
      } else if (section == null) {
        readFront(block, header, preface, favourites);
        if (title == null && first.startsWith("# ")) {
          title = inline(first.substring(2).strip(), block.line()).text();
        }
      } else if (paragraphs != null) {
        paragraphs.add(inline(block.joined().strip(), block.line()));
      } else {
        throw error(block.line(), "text that belongs to no speaker (expected a bold speaker label)");
      }
    }
    closeTurn(turns, speaker, paragraphs, turnLine);
    if (sections.isEmpty()) {
      throw new IngestException(file + ": no section headings (expected numbered headings such as '**1. Title**' or '## 1. Title')");
    }
    if (sections.stream().allMatch(s -> s.turns().isEmpty())) {
      throw new IngestException(file + ": no speaker labels (expected lines such as '**Name:** text')");
    }
    return new Transcript(title, header, preface, favourites, sections);
  }

  private void closeTurn(List<ParsedTurn> turns, String speaker, List<Inline.Text> paragraphs, int line)
      throws IngestException {
    if (speaker == null) {
      return;
    }
    if (paragraphs.isEmpty()) {
      throw error(line, "speaker label '" + speaker + "' has no text");
    }
    turns.add(new ParsedTurn(speaker, List.copyOf(paragraphs), line));
  }

  private void readFront(Block block, Map<String, String> header, List<String> preface,
      List<String> favourites) throws IngestException {
    for (String line : block.lines()) {
      if (line.startsWith("# ") || RULE.matcher(line).matches()) {
        continue;
      }
      Matcher field = HEADER_FIELD.matcher(line);
      if (field.matches() && preface.isEmpty() && favourites.isEmpty()) {
        header.put(field.group(1), field.group(2).strip());
        continue;
      }
      Matcher item = LIST_ITEM.matcher(block.joined());
      if (item.matches()) {
        int rank = Integer.parseInt(item.group(1));
        if (rank != favourites.size() + 1) {
          throw error(block.line(), "list item " + rank + " out of order (expected "
              + (favourites.size() + 1) + ")");
        }
        favourites.add(inline(item.group(2).strip(), block.line()).text());
      } else {
        preface.add(inline(block.joined().strip(), block.line()).text());
      }
      return;
    }
  }

  /**
   * Whether {@code line} marks this convention and no other: a bold speaker label or a numbered
   * section heading.
   */
  static boolean marks(String line) {
    String stripped = line.strip();
    return label(stripped) != null || NUMBERED_HEADING.matcher(stripped).matches()
        || NUMBERED_ATX_HEADING.matcher(stripped).matches();
  }

  /** A matcher of the first pattern that matches the whole of {@code text}, or null. */
  private static Matcher matching(String text, Pattern... patterns) {
    for (Pattern pattern : patterns) {
      Matcher matcher = pattern.matcher(text);
      if (matcher.matches()) {
        return matcher;
      }
    }
    return null;
  }

  private static Matcher label(String line) {
    Matcher inside = LABEL_INSIDE.matcher(line);
    if (inside.matches()) {
      return inside;
    }
    Matcher outside = LABEL_OUTSIDE.matcher(line);
    return outside.matches() ? outside : null;
  }

  private Inline.Text inline(String markdown, int line) throws IngestException {
    try {
      return Inline.parse(markdown);
    } catch (Inline.MarkupException e) {
      throw error(line, e.getMessage());
    }
  }

  private IngestException error(int line, String what) {
    return new IngestException(file + ":" + line + ": " + what);
  }

  /**
   * Splits the text into blocks at blank lines, and before any line that is a speaker label or a
   * heading, whatever precedes it; a Markdown heading is one line, so a block of its own. A list
   * without blank lines between its items is a block per item, as CommonMark reads it: an item
   * starts a list only with the number 1, so a wrapped line that begins {@code 2024. } is not one.
   * Lines are stripped: indentation carries no meaning here.
   */
  private static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      boolean markdownHeading = ATX_HEADING.matcher(line).matches();
      Matcher item = LIST_ITEM.matcher(line);
      boolean listItem = item.matches() && (item.group(1).equals("1")
          || !current.isEmpty() && LIST_ITEM.matcher(current.get(0)).matches());
      boolean startsBlock = label(line) != null || NUMBERED_HEADING.matcher(line).matches()
          || END_MARKER.matcher(line).matches() || markdownHeading || listItem;
      if (line.isEmpty() || startsBlock) {
        if (!current.isEmpty()) {
          blocks.add(new Block(start, current));
          current = new ArrayList<>();
        }
        if (line.isEmpty()) {
          continue;
        }
      }
      if (current.isEmpty()) {
        start = i + 1;
      }
      current.add(line);
      if (markdownHeading) {
        blocks.add(new Block(start, current));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      blocks.add(new Block(start, current));
    }
    return blocks;
  }
}
