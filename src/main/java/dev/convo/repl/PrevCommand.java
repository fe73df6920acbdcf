package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ConvoException;
import dev.convo.cli.ExitCode;
import dev.convo.corpus.Corpus;
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
        .description("Go back one turn and print it.");
  }

  @Override
  protected List<Turn> find(Corpus corpus) {
    if (session.reading().current().isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, WhereCommand.NOTHING_OPEN);
    }
    Optional<Turn> previous = session.reading().previous();
    if (previous.isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, "that was the first turn of the interview");
    }
    return List.of(previous.get());
  }
}
