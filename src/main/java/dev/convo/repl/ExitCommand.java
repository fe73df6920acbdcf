package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

public final class ExitCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandBuilder.command(this, "exit")
      .standardHelpOptions()
      .aliases("quit")
      .description("Leave the REPL (Ctrl-D does too).")
      .build();
  private final Session session;

  public ExitCommand(Session session) {
    this.session = session;
  }

  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    session.leave();
    return ExitCode.OK;
  }
}
