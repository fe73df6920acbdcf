package dev.convo.repl;

import dev.convo.corpus.Corpus;
import dev.convo.text.Escape;
import java.util.List;

/** What the REPL says when it starts and what its prompt shows. */
final class Banner {
  static final String HINT =
      "Type help for the commands, TAB to complete, Enter to read on, Ctrl-D to leave.";

  private Banner() {}

  static List<String> lines(Corpus corpus) {
    return List.of(Escape.line(corpus.metadata().title()), HINT);
  }

  /**
   * {@code convo> } before anything has been read, then {@code convo 7:3> }; with the name of the
   * conversation where one is to be {@code shown}, {@code convo tea> }, {@code convo tea 1:1> }.
   */
  static String prompt(Reading reading, String shown) {
    String label = shown == null ? reading.label() : (Escape.line(shown) + " " + reading.label()).strip();
    return label.isEmpty() ? "convo> " : "convo " + label + "> ";
  }
}
