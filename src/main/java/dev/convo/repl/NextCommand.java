package dev.convo.repl;

import dev.convo.cli.ExitCode;
import dev.convo.cli.OutputOptions;
import dev.convo.corpus.Turn;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "next",
    aliases = "n",
    description = {
      "Read the next turn (or the next N), in the interview's order; Enter on an empty line does"
          + " the same. Before anything is open, reading starts at the beginning."
    })
final class NextCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "N", arity = "0..1", defaultValue = "1", description = "How many turns.")
  int count;

  private final Session session;

  NextCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (count < 1) {
      spec.commandLine().getErr().println("convo: N must be at least 1, not " + count);
      return ExitCode.USAGE;
    }
    List<Turn> turns = session.reading().following(count);
    if (turns.isEmpty()) {
      spec.commandLine().getErr().println("convo: that was the last turn of the interview");
      return ExitCode.NO_MATCH;
    }
    session.read(turns, output);
    return ExitCode.OK;
  }
}
