package dev.convo;

import dev.convo.text.Arguments;
import dev.convo.text.Env;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The workload the launcher ({@code src/main/launcher/convo.sh}) runs once per build, in the
 * background, under {@code -XX:ArchiveClassesAtExit}: the read-only one-shot commands in each
 * output format, output discarded, so the class-data-sharing archive holds what any of them loads,
 * whichever command the user happened to run first. Commands that write files or need a terminal
 * are left out; the REPL runs in its script mode, reading the launcher's empty standard input.
 */
public final class ArchiveTraining {
  static final String[][] COMMANDS = {
    {"--version"},
    {"--help"},
    {"quotes", "random", "--format", "plain"},
    {"quotes", "random", "--format", "text", "--color", "always"},
    {"quotes", "list", "--format", "tsv"},
    {"quotes", "show", "q1", "--format", "markdown"},
    {"topic", "gpt-5"},
    {"topics", "--format", "jsonl"},
    {"search", "计算能力"},
    {"search", "计算能力", "--format", "json"},
    {"show", "7"},
    {"show", "7:3-6", "--format", "text", "--color", "always"},
    {"sections"},
    {"stats"},
    {"completion", "bash"},
    {"repl"},
    {"no-such-command"},
  };

  private ArchiveTraining() {}

  public static void main(String[] args) {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    for (String[] command : COMMANDS) {
      Main.run(Arguments.utf8(command), sink, sink, Env.system());
    }
    // convo ends through System.exit, which on JDK 21 and later asks a logger whether to log the
    // exit: ending the same way puts that logger's thirty classes in the archive too.
    System.exit(0);
  }
}
