package dev.convo.repl;

import dev.convo.cli.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "exit", aliases = "quit", description = "Leave the REPL (Ctrl-D does too).")
final class ExitCommand implements Callable<Integer> {
  private final Session session;

  ExitCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    session.leave();
    return ExitCode.OK;
  }
}
