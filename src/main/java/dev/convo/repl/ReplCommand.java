package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ConvoCommand;
import dev.convo.text.Env;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code convo repl}. Nothing here mentions a JLine type: this class is loaded whenever the whole
 * command tree is built (help, completion, no arguments), and JLine must load only once the REPL really starts on a terminal.
 */
public final class ReplCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandBuilder.command(this, "repl")
      .standardHelpOptions()
      .description(
          "Browse the interview interactively: every convo command, plus reading commands (open,"
              + " next, prev, more, where), with TAB completion and history.",
          "With conversations added to the library, commands read them all, as they do in a shell;"
              + " use NAME reads one, use all all of them again.",
          "Leave with exit, quit or Ctrl-D.",
          "",
          "Started by `convo` with no arguments (or only --corpus FILE) on a terminal. With standard"
              + " input from a pipe (or TERM=dumb) it reads one command per line, without line editing"
              + " or colour; from a pipe it prints exactly what the commands would print, so this is a"
              + " script:",
          "  printf 'topic gpt-5\\nquit\\n' | convo repl",
          "",
          "History is kept in $XDG_STATE_HOME/convo/history, by default in",
          "~/.local/state/convo/history.")
      .build();
  private final InputStream in;
  private final ReplTree commands;

  /**
   * A REPL reading commands from {@code in} when it is not a terminal, and running each in the tree
   * {@code commands} builds.
   */
  public ReplCommand(InputStream in, ReplTree commands) {
    this.in = in;
    this.commands = commands;
  }

  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    ConvoCommand root = ConvoCommand.of(spec);
    Env outer = root.env();
    // A bad --corpus fails here, with the CLI's message, before a terminal is opened.
    root.corpus();
    OptionSpec corpusOption = spec.root().findOption("--corpus");
    Object corpusFile = corpusOption == null ? null : corpusOption.getValue();
    String corpus = corpusFile == null ? null : corpusFile.toString();
    if (outer.interactive() && !"dumb".equals(outer.get("TERM"))) {
      spec.commandLine().getOut().flush();
      return InteractiveRepl.run(outer, corpus, commands);
    }
    Session session = new Session(spec.commandLine().getOut(), spec.commandLine().getErr(),
        Session.replEnv(outer, corpus, outer.terminal(), outer.size()), commands);
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return new ScriptLoop(session, lines, outer.interactive()).run();
  }
}
