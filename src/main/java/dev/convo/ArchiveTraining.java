package dev.convo;

import dev.convo.cli.ConvoCommand;
import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine;

/**
 * The workload the launcher ({@code src/main/launcher/convo.sh}) runs once per build, in the
 * background, under {@code -XX:ArchiveClassesAtExit}: every read-only one-shot command once, output
 * discarded, so the class-data-sharing archive holds what any of them loads, whichever command the
 * user happened to run first. Commands that write files or need a terminal are left out.
 */
public final class ArchiveTraining {
  static final String[][] COMMANDS = {
    {"--version"},
    {"--help"},
  };

  private ArchiveTraining() {}

  public static void main(String[] args) {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    for (String[] command : COMMANDS) {
      new CommandLine(new ConvoCommand()).setOut(sink).setErr(sink).execute(command);
    }
  }
}
