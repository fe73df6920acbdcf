package dev.convo.repl;

import java.util.List;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits a command line into words as a shell would ({@code search "open source"} is two words),
 * with the same parser whether the line was typed into JLine or read from a pipe.
 */
final class Words {
  private Words() {}

  static Parser parser() {
    return new DefaultParser();
  }

  static List<String> of(String line) {
    return of(parser().parse(line, line.length(), Parser.ParseContext.SPLIT_LINE));
  }

  /** The line's words without the empty word JLine reports after trailing blanks. */
  static List<String> of(ParsedLine line) {
    return line.words().stream().filter(w -> !w.isEmpty()).toList();
  }
}
