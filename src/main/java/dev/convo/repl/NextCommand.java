package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ConvoException;
import dev.convo.cli.ExitCode;
import dev.convo.corpus.Turn;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

public final class NextCommand extends ReadingCommand {
  /** What Enter on an empty line runs: reading on, from the beginning in a fresh session. */
  static final String NAME = "next";

  private final PositionalParamSpec count = PositionalParamSpec.builder().type(int.class)
      .arity("0..1").paramLabel("N").defaultValue("1").description("How many turns.").build();

  public NextCommand(Session session) {
    super(NAME, session, true);
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .aliases("n")
        .description(
            "Read the next turn (or the next N), in the interview's order; Enter on an empty line does"
                + " the same. Before anything is open, reading starts at the beginning.",
            "After a search, read the next hit (or the next N) in rank order instead, until a command"
                + " other than next, prev, more or where runs; the prompt shows which hit (hit 2/12).")
        .add(count);
  }

  @Override
  protected void check() {
    int count = this.count.getValue();
    if (count < 1) {
      throw new ConvoException(ExitCode.USAGE, "N must be at least 1, not " + count);
    }
  }

  @Override
  protected List<Reading.Spot> read() {
    int count = this.count.getValue();
    Reading reading = session.reading();
    if (reading.stepping()) {
      List<Reading.Spot> hits = reading.nextHits(count);
      if (hits.isEmpty()) {
        int of = reading.hitCount();
        String conversation = reading.place().conversation();
        reading.endSearch();
        throw new ConvoException(ExitCode.NO_MATCH, "that was the last of " + of + " hits; next reads on in "
            + (conversation == null ? "the interview" : "conversation " + conversation) + " now");
      }
      return hits(hits, hits.size());
    }
    List<Turn> turns = reading.following(count);
    if (turns.isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, "that was the last turn of the interview");
    }
    return here(turns);
  }
}
