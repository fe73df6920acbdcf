package dev.convo;

import dev.convo.text.Arguments;
import dev.convo.text.Env;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload the launcher ({@code src/main/launcher/convo.sh}) runs once per build, in the
 * background, under {@code -XX:ArchiveClassesAtExit}: the read-only one-shot commands in each
 * output format, output discarded, so the class-data-sharing archive holds what any of them loads,
 * whichever command the user happened to run first. Commands that write files or need a terminal
 * are left out; the REPL runs in its script mode, reading the launcher's empty standard input.
 * Which command lines train which command is the command table's to say ({@link Commands}).
 */
public final class ArchiveTraining {
  /** What the root itself is asked, beside the commands the table trains: help, version, a mistake. */
  private static final String[][] ROOT = {{"--version"}, {"--help"}, {"no-such-command"}};

  private ArchiveTraining() {}

  /** Every command line the training runs: the root's, then each command's, in the table's order. */
  public static List<String[]> commands() {
    List<String[]> commands = new ArrayList<>(List.of(ROOT));
    for (Commands command : Commands.values()) {
      commands.addAll(command.training());
    }
    return commands;
  }

  public static void main(String[] args) {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    for (String[] command : commands()) {
      Main.run(Arguments.utf8(command), sink, sink, Env.system());
    }
    // convo ends through System.exit, which on JDK 21 and later asks a logger whether to log the
    // exit: ending the same way puts that logger's thirty classes in the archive too.
    System.exit(0);
  }
}
