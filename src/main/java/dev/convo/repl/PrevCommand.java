package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ExitCode;
import dev.convo.cli.OutputOptions;
import dev.convo.corpus.Turn;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class PrevCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final CommandSpec spec = CommandBuilder.command(this, "prev")
      .standardHelpOptions()
      .aliases("p")
      .description("Go back one turn and print it; after a search, go back one hit.")
      .add(output)
      .build();
  private final Session session;

  PrevCommand(Session session) {
    this.session = session;
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Reading reading = session.reading();
    if (reading.stepping() && reading.hitNumber() > 0) {
      Optional<Turn> hit = reading.previousHit();
      if (hit.isEmpty()) {
        spec.commandLine().getErr().println("convo: that was the first hit");
        return ExitCode.NO_MATCH;
      }
      session.readHits(List.of(hit.get()), -1, output);
      return ExitCode.OK;
    }
    if (reading.current().isEmpty()) {
      spec.commandLine().getErr().println(WhereCommand.NOTHING_OPEN);
      return ExitCode.NO_MATCH;
    }
    Optional<Turn> previous = session.reading().previous();
    if (previous.isEmpty()) {
      spec.commandLine().getErr().println("convo: that was the first turn of the interview");
      return ExitCode.NO_MATCH;
    }
    session.readOn(List.of(previous.get()), output);
    return ExitCode.OK;
  }
}
