package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ExitCode;
import dev.convo.cli.OutputOptions;
import dev.convo.corpus.Turn;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class NextCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final PositionalParamSpec count = PositionalParamSpec.builder().type(int.class)
      .arity("0..1").paramLabel("N").defaultValue("1").description("How many turns.").build();
  private final CommandSpec spec = CommandBuilder.command(this, "next")
      .standardHelpOptions()
      .aliases("n")
      .description(
          "Read the next turn (or the next N), in the interview's order; Enter on an empty line does"
              + " the same. Before anything is open, reading starts at the beginning.",
          "After a search, read the next hit (or the next N) in rank order instead, until a command"
              + " other than next, prev, more or where runs; the prompt shows which hit (hit 2/12).")
      .add(output)
      .add(count)
      .build();
  private final Session session;

  NextCommand(Session session) {
    this.session = session;
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    int count = this.count.getValue();
    if (count < 1) {
      spec.commandLine().getErr().println("convo: N must be at least 1, not " + count);
      return ExitCode.USAGE;
    }
    Reading reading = session.reading();
    if (reading.stepping()) {
      List<Turn> hits = reading.nextHits(count);
      if (hits.isEmpty()) {
        spec.commandLine().getErr().println("convo: that was the last of " + reading.hitCount()
            + " hits; next reads on in the interview now");
        reading.endSearch();
        return ExitCode.NO_MATCH;
      }
      session.readHits(hits, hits.size(), output);
      return ExitCode.OK;
    }
    List<Turn> turns = reading.following(count);
    if (turns.isEmpty()) {
      spec.commandLine().getErr().println("convo: that was the last turn of the interview");
      return ExitCode.NO_MATCH;
    }
    session.readOn(turns, output);
    return ExitCode.OK;
  }
}
