package dev.convo.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The REPL without line editing, for a pipe or a dumb terminal: reads commands line by line and
 * prints what the CLI would. A prompt and banner appear only when a person is typing; from a pipe
 * the output is exactly the commands' output, so a script of REPL commands is a shell script.
 */
final class ScriptLoop {
  private final Session session;
  private final BufferedReader in;
  private final PrintWriter out;
  private final boolean prompting;

  ScriptLoop(Session session, BufferedReader in, boolean prompting) {
    this.session = session;
    this.in = in;
    this.out = session.tree().getOut();
    this.prompting = prompting;
  }

  int run() throws IOException {
    if (prompting) {
      Banner.lines(session.corpus()).forEach(out::println);
    }
    while (!session.leaving()) {
      if (prompting) {
        out.print(session.prompt());
        out.flush();
      }
      String line = in.readLine();
      if (line == null) {
        break;
      }
      List<String> words = Words.of(line);
      if (words.isEmpty() && prompting) {
        words = List.of(NextCommand.NAME);
      }
      if (!words.isEmpty()) {
        session.run(words);
      }
    }
    if (prompting && !session.leaving()) {
      out.println();
    }
    out.flush();
    return 0;
  }
}
