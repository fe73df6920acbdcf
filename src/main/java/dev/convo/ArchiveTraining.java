package dev.convo;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.CorpusWriter;
import dev.convo.text.Arguments;
import dev.convo.text.Env;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workload the launcher ({@code src/main/launcher/convo.sh}) runs once per build, in the
 * background, under {@code -XX:ArchiveClassesAtExit}: the read-only one-shot commands in each
 * output format, output discarded, so the class-data-sharing archive holds what any of them loads,
 * whichever command the user happened to run first. Commands that write files or need a terminal
 * are left out; the REPL runs in its script mode, reading the launcher's empty standard input.
 * Which command lines train which command is the command table's to say ({@link Commands}).
 *
 * <p>With {@value #EVERYDAY} it runs only {@link #everyday()}, for JDK 25's AOT cache
 * ({@code -XX:AOTCacheOutput}). That cache loads and links every class it holds as the JVM starts,
 * used or not: a class held for a command not run costs every start about 20 µs. Trained on
 * everything, it held some 1,900 classes where {@code quotes random} needs 1,200, and made that
 * command about 10 ms slower than a cache of the everyday commands alone. Reading a library is
 * left out too: its classes, loaded from the jar, cost a library's user about what holding them
 * would cost everyone. JDK 17's archive loads a class only when asked for, so it keeps the whole
 * training.
 */
public final class ArchiveTraining {
  /** The argument that asks for {@link #everyday()} alone. */
  public static final String EVERYDAY = "--everyday";
  /** What the root itself is asked, beside the commands the table trains: help, version, a mistake. */
  private static final String[][] ROOT = {{"--version"}, {"--help"}, {"no-such-command"}};
  private static final String[] VERSION = ROOT[0];

  private ArchiveTraining() {}

  /**
   * Every command line again over a library that holds a conversation besides the bundled one,
   * made for the purpose and removed after, so that the archive holds what reading the library
   * loads whether or not this user has one yet.
   */
  private static void overALibrary(Env system, PrintWriter sink) throws IOException {
    Path data = Files.createTempDirectory("convo-training");
    try {
      Map<String, String> variables = new HashMap<>(system.variables());
      variables.put("XDG_DATA_HOME", data.toString());
      Env env = new Env(variables, system.terminal(), system.interactive(), system.size(), system.today(),
          system.pager());
      Path conversation = data.resolve("conversation.json");
      Files.writeString(conversation, CorpusWriter.toJson(BundledCorpus.get()));
      Main.run(Arguments.utf8(new String[] {"library", "add", conversation.toString(), "--name", "training"}),
          sink, sink, env);
      for (String[] command : commands()) {
        Main.run(Arguments.utf8(command), sink, sink, env);
      }
    } finally {
      try (Stream<Path> files = Files.walk(data)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /** Every command line the training runs: the root's, then each command's, in the table's order. */
  public static List<String[]> commands() {
    List<String[]> commands = new ArrayList<>(List.of(ROOT));
    for (Commands command : Commands.values()) {
      commands.addAll(command.training());
    }
    return commands;
  }

  /**
   * The lines of {@link #commands()} that users run most, so that a cache loading all it holds at
   * start-up holds little else: {@code --version} and the CLI's commands in the formats a terminal
   * or a pipe gets unasked (text, plain), over the bundled interview.
   */
  public static List<String[]> everyday() {
    List<String[]> commands = new ArrayList<>();
    commands.add(VERSION);
    for (Commands command : Commands.values()) {
      if (command.inCli()) {
        for (String[] line : command.training()) {
          if (inEverydayFormat(line)) {
            commands.add(line);
          }
        }
      }
    }
    return commands;
  }

  private static boolean inEverydayFormat(String[] line) {
    for (int i = 0; i + 1 < line.length; i++) {
      if (line[i].equals("--format")) {
        return line[i + 1].equals("text") || line[i + 1].equals("plain");
      }
    }
    return true;
  }

  public static void main(String[] args) throws IOException {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    Env system = Env.system();
    boolean everyday = args.length == 1 && args[0].equals(EVERYDAY);
    for (String[] command : everyday ? everyday() : commands()) {
      Main.run(Arguments.utf8(command), sink, sink, system);
    }
    if (!everyday) {
      overALibrary(system, sink);
    }
    // convo ends through System.exit, which on JDK 21 and later asks a logger whether to log the
    // exit: ending the same way puts that logger's thirty classes in the archive too.
    System.exit(0);
  }
}
