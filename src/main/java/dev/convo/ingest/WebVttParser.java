package dev.convo.ingest;

import dev.convo.ingest.Transcript.ParsedSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads WebVTT captions (W3C, WebVTT: The Web Video Text Tracks Format) whose cues name their
 * speakers with voice spans, {@code <v Name>} or {@code <v.class Name>}. Consecutive cues of one
 * speaker are merged into a turn, which starts when its first cue does; a cue without a voice goes
 * on with the speaker before it. Comments ({@code NOTE}), style sheets and regions are skipped, as
 * are the tags and timestamps inside a cue and its ruby annotations; character references are
 * decoded. A WebVTT file has no sections: its turns are one, named by the text after
 * {@code WEBVTT} or else by the file's name.
 */
final class WebVttParser implements TranscriptParser {
  private static final Pattern HEADER = Pattern.compile("^WEBVTT(?:[ \\t](.*))?$", Pattern.UNIX_LINES);
  private static final String TIME = "(\\d{2,}:)?([0-5]\\d):([0-5]\\d)\\.\\d{3}";
  private static final Pattern TIMING =
      Pattern.compile("^" + TIME + "[ \\t]+-->[ \\t]+" + TIME + "(?:[ \\t].*)?$", Pattern.UNIX_LINES);
  private static final Pattern BLOCK_KEYWORD = Pattern.compile("^(?:NOTE|STYLE|REGION)(?:[ \\t].*)?$");
  private static final Pattern TAG = Pattern.compile("<(/?)([^>.\\s]*)((?:\\.[^>\\s]*)?)(?:[ \\t]+([^>]*))?>");
  private static final Pattern REFERENCE = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|lrm|rlm|nbsp));");

  private final String file;

  WebVttParser(String file) {
    this.file = file;
  }

  static boolean isHeader(String line) {
    return HEADER.matcher(line).matches();
  }

  @Override
  public Transcript parse(List<String> lines) throws IngestException {
    Matcher header = HEADER.matcher(lines.isEmpty() ? "" : lines.get(0));
    if (!header.matches()) {
      throw new IngestException(file + ":1: a WebVTT file starts with the line 'WEBVTT'");
    }
    String title = header.group(1) == null ? null : header.group(1).replaceFirst("^[\\s\\-–—:]+", "").strip();
    if (title != null && title.isEmpty()) {
      title = null;
    }
    Turns turns = new Turns(file);
    String speaker = null;
    int i = skipBlock(lines, 0);
    while (i < lines.size()) {
      if (lines.get(i).isBlank()) {
        i++;
        continue;
      }
      if (BLOCK_KEYWORD.matcher(lines.get(i)).matches()) {
        i = skipBlock(lines, i);
        continue;
      }
      int cueLine = i + 1;
      if (!lines.get(i).contains("-->") && i + 1 < lines.size()) {
        i++;
      }
      Matcher timing = TIMING.matcher(lines.get(i).strip());
      if (!timing.matches()) {
        throw new IngestException(file + ":" + (i + 1) + ": expected a cue's timing, such as"
            + " '00:00:11.000 --> 00:00:13.000', but found '" + lines.get(i).strip() + "'");
      }
      int start = seconds(timing);
      List<String> payload = new ArrayList<>();
      for (i++; i < lines.size() && !lines.get(i).isBlank(); i++) {
        payload.add(lines.get(i));
      }
      for (String[] voiced : voices(String.join("\n", payload))) {
        String name = voiced[0] != null ? voiced[0] : speaker;
        String text = Prose.join(List.of(voiced[1].split("\n")));
        if (text.isEmpty()) {
          continue;
        }
        if (name == null) {
          throw new IngestException(file + ":" + cueLine + ": a cue without a voice before any"
              + " cue with one (name the speaker with '<v Name>')");
        }
        if (!name.equals(speaker) || !turns.started()) {
          turns.start(name, cueLine, start);
          speaker = name;
        }
        turns.add(text);
      }
    }
    String heading = title != null ? title : Turns.stem(file);
    return new Transcript(title, Map.of(), List.of(), List.of(),
        List.of(new ParsedSection("1", 1, heading, 1, turns.finish("'<v Name>text' in a cue"))));
  }

  /** The index of the first line after the block that starts at {@code i}. */
  private static int skipBlock(List<String> lines, int i) {
    while (i < lines.size() && !lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  private static int seconds(Matcher timing) {
    String hours = timing.group(1);
    return (hours == null ? 0 : Integer.parseInt(hours.substring(0, hours.length() - 1))) * 3600
        + Integer.parseInt(timing.group(2)) * 60 + Integer.parseInt(timing.group(3));
  }

  /**
   * The cue's text cut at its voice spans: pairs of the speaker (null for text before the first
   * voice) and the text, without tags and ruby annotations, references decoded.
   */
  private static List<String[]> voices(String payload) {
    List<String[]> voices = new ArrayList<>();
    String name = null;
    StringBuilder text = new StringBuilder();
    boolean inAnnotation = false;
    Matcher tag = TAG.matcher(payload);
    int at = 0;
    while (tag.find()) {
      if (!inAnnotation) {
        text.append(decode(payload.substring(at, tag.start())));
      }
      at = tag.end();
      boolean closing = !tag.group(1).isEmpty();
      switch (tag.group(2)) {
        case "v" -> {
          if (!closing && tag.group(4) != null && !tag.group(4).isBlank()) {
            voices.add(new String[] {name, text.toString()});
            text.setLength(0);
            name = decode(tag.group(4)).strip();
          }
        }
        case "rt" -> inAnnotation = !closing;
        default -> { }
      }
    }
    if (!inAnnotation) {
      text.append(decode(payload.substring(at)));
    }
    voices.add(new String[] {name, text.toString()});
    return voices;
  }

  private static String decode(String text) {
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder decoded = new StringBuilder();
    while (reference.find()) {
      String replacement;
      if (reference.group(3) != null) {
        replacement = switch (reference.group(3)) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "nbsp" -> " ";
          default -> "";
        };
      } else {
        int code = reference.group(1) != null ? Integer.parseInt(reference.group(1))
            : Integer.parseInt(reference.group(2), 16);
        replacement = Character.isValidCodePoint(code) && (code < 0xD800 || code > 0xDFFF)
            ? Character.toString(code) : "\uFFFD";
      }
      reference.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
    }
    reference.appendTail(decoded);
    return decoded.toString();
  }
}
