package dev.convo.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/** Help text taken out of the picocli model: markup removed, format escapes resolved. */
public final class HelpText {
  private HelpText() {}

  /**
   * The lines of a description as picocli would print them: {@code @|bold …|@} markup stripped,
   * {@code %n} as a line break and {@code %%} as a percent sign.
   */
  public static List<String> lines(String[] description) {
    List<String> lines = new ArrayList<>();
    for (String line : description) {
      String plain = Ansi.OFF.string(line).replace("%%", "\u0000");
      for (String part : plain.split("%n", -1)) {
        lines.add(part.replace('\u0000', '%'));
      }
    }
    return lines;
  }

  /** The first sentence of a description, on one line: what a completion menu shows. */
  public static String summary(String[] description) {
    StringBuilder first = new StringBuilder();
    for (String line : lines(description)) {
      if (line.isBlank()) {
        if (first.length() > 0) {
          break;
        }
        continue;
      }
      first.append(first.length() > 0 ? " " : "").append(line.strip());
    }
    String text = oneLine(first.toString());
    int end = text.indexOf(". ");
    if (end > 0) {
      text = text.substring(0, end);
    }
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  public static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** At most {@code max} code points, with an ellipsis when cut. */
  public static String abbreviate(String text, int max) {
    String flat = oneLine(text);
    if (flat.codePointCount(0, flat.length()) <= max) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, max)) + "…";
  }
}
