package dev.convo.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The transcript formats ingest reads, each by a parser of its own, and how a file's format is
 * recognised when none is named.
 */
public enum TranscriptFormat {
  /** The convention of the bundled article: bold speaker labels under numbered headings. */
  MARKDOWN(MarkdownParser::new),
  /** {@code Name: text} lines. */
  PLAIN(PlainParser::new),
  /** A podcast site's transcript: {@code Name (00:12:34) text}, chapters as headings. */
  PODCAST(PodcastParser::new),
  /** WebVTT captions whose cues name their speakers with {@code <v Name>}. */
  WEBVTT(WebVttParser::new);

  private final Function<String, TranscriptParser> parser;

  TranscriptFormat(Function<String, TranscriptParser> parser) {
    this.parser = parser;
  }

  /** The name users type: {@code markdown}, {@code plain}, {@code podcast}, {@code webvtt}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code id}, or null. */
  public static TranscriptFormat named(String id) {
    for (TranscriptFormat format : values()) {
      if (format.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    return null;
  }

  TranscriptParser parser(String file) {
    return parser.apply(file);
  }

  /**
   * The format {@code lines} are in. A {@code WEBVTT} first line decides; else a bold speaker label
   * or numbered heading marks Markdown, and a speaker with a timestamp a podcast transcript; a file
   * marked as both is ambiguous. Plain is what is left: {@code Name: text} lines with neither mark.
   * A file with no mark at all is read as Markdown, whose errors say what a transcript needs.
   */
  static TranscriptFormat detect(List<String> lines, String file) throws IngestException {
    if (!lines.isEmpty() && WebVttParser.isHeader(lines.get(0))) {
      return WEBVTT;
    }
    boolean markdown = false;
    boolean podcast = false;
    boolean plain = false;
    for (String line : lines) {
      markdown |= MarkdownParser.marks(line);
      podcast |= PodcastParser.marks(line);
      plain |= PlainParser.marks(line);
    }
    List<TranscriptFormat> candidates = new ArrayList<>();
    if (markdown) {
      candidates.add(MARKDOWN);
    }
    if (podcast) {
      candidates.add(PODCAST);
    }
    if (candidates.size() > 1) {
      throw new IngestException(file + ": reads as " + candidates.get(0).id() + " and as "
          + candidates.get(1).id() + "; choose one with --format " + candidates.get(0).id() + "|"
          + candidates.get(1).id());
    }
    return candidates.isEmpty() ? plain ? PLAIN : MARKDOWN : candidates.get(0);
  }
}
