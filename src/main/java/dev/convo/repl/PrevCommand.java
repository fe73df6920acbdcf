package dev.convo.repl;

import dev.convo.cli.ExitCode;
import dev.convo.cli.OutputOptions;
import dev.convo.corpus.Turn;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "prev", aliases = "p", description = "Go back one turn and print it.")
final class PrevCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  private final Session session;

  PrevCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (session.reading().current().isEmpty()) {
      spec.commandLine().getErr().println(WhereCommand.NOTHING_OPEN);
      return ExitCode.NO_MATCH;
    }
    Optional<Turn> previous = session.reading().previous();
    if (previous.isEmpty()) {
      spec.commandLine().getErr().println("convo: that was the first turn of the interview");
      return ExitCode.NO_MATCH;
    }
    session.read(List.of(previous.get()), output);
    return ExitCode.OK;
  }
}
