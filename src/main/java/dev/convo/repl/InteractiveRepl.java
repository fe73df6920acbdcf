package dev.convo.repl;

import dev.convo.cli.ConvoCommand;
import dev.convo.text.Env;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The REPL on a real terminal: JLine's line editor with completion, history (Ctrl-R searches it)
 * and Ctrl-C, around the same {@link Session} the pipe-fed loop uses. Commands see a terminal as
 * wide and high as the window is when they start, so output follows a resize.
 */
final class InteractiveRepl {
  private final Terminal terminal;
  private final Session session;
  private final Path historyFile;
  private final AtomicBoolean interrupted;

  private InteractiveRepl(Terminal terminal, Session session, Path historyFile,
      AtomicBoolean interrupted) {
    this.terminal = terminal;
    this.session = session;
    this.historyFile = historyFile;
    this.interrupted = interrupted;
  }

  /** Opens this process's terminal (the costly part, ~0.2 s, hence only here) and runs the REPL. */
  static int run(Env outer, String corpusFile, ReplTree commands) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder()
        .system(true)
        .name("convo")
        .encoding(StandardCharsets.UTF_8)
        .dumb(true)
        .build()) {
      return on(terminal, outer, corpusFile, commands).loop();
    }
  }

  /** The REPL on {@code terminal}, with the history file the environment names. */
  static InteractiveRepl on(Terminal terminal, Env outer, String corpusFile, ReplTree commands) {
    AtomicBoolean interrupted = new AtomicBoolean();
    PrintWriter out = new PrintWriter(new InterruptibleWriter(terminal.writer(), interrupted));
    Env env = Session.replEnv(outer, corpusFile, true,
        () -> new Env.Size(known(terminal.getWidth(), Env.DEFAULT_COLUMNS),
            known(terminal.getHeight(), Env.DEFAULT_ROWS)));
    return new InteractiveRepl(terminal, new Session(out, out, env, commands),
        HistoryFile.locate(outer.variables()), interrupted);
  }

  /** A terminal that cannot tell its size says 0. */
  private static int known(int size, int otherwise) {
    return size > 0 ? size : otherwise;
  }

  int loop() {
    ReplHistory history = new ReplHistory();
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("convo")
        .parser(Words.parser())
        .completer(new ReplCompleter(session.tree().getCommandSpec(),
            new CorpusCandidates(session::corpus, ConvoCommand.of(session.tree().getCommandSpec()).env())))
        .history(history)
        .variable(LineReader.HISTORY_FILE, historyFile)
        .option(LineReader.Option.CASE_INSENSITIVE, true)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.AUTO_FRESH_LINE, true)
        .build();
    // Between prompts Ctrl-C stops the output of the command running; JLine's default would end
    // the whole process. While a line is being edited JLine installs its own handler.
    terminal.handle(Terminal.Signal.INT, signal -> interrupted.set(true));
    Banner.lines(session.corpus()).forEach(terminal.writer()::println);
    while (!session.leaving()) {
      history.takeWarning().ifPresent(terminal.writer()::println);
      String line;
      try {
        line = reader.readLine(session.prompt());
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        break;
      }
      history.takeWarning().ifPresent(terminal.writer()::println);
      List<String> words = Words.of(line);
      if (words.isEmpty()) {
        words = List.of(NextCommand.NAME);
      }
      interrupted.set(false);
      session.run(words);
      if (interrupted.get()) {
        terminal.writer().println();
      }
      terminal.flush();
    }
    terminal.flush();
    return 0;
  }
}
