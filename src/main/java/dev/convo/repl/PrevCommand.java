package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ConvoException;
import dev.convo.cli.ExitCode;
import dev.convo.corpus.Turn;
import java.util.List;
import java.util.Optional;

public final class PrevCommand extends ReadingCommand {
  public PrevCommand(Session session) {
    super("prev", session, true);
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .aliases("p")
        .description("Go back one turn and print it; after a search, go back one hit.");
  }

  @Override
  protected List<Reading.Spot> read() {
    Reading reading = session.reading();
    if (reading.stepping() && reading.hitNumber() > 0) {
      Optional<Reading.Spot> hit = reading.previousHit();
      if (hit.isEmpty()) {
        throw new ConvoException(ExitCode.NO_MATCH, "that was the first hit");
      }
      return hits(List.of(hit.get()), -1);
    }
    if (reading.current().isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, WhereCommand.NOTHING_OPEN);
    }
    Optional<Turn> previous = reading.previous();
    if (previous.isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, "that was the first turn of the interview");
    }
    return here(List.of(previous.get()));
  }
}
