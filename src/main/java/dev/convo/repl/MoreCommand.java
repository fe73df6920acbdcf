package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ConvoException;
import dev.convo.cli.ExitCode;
import dev.convo.corpus.Turn;
import java.util.List;

public final class MoreCommand extends ReadingCommand {
  public MoreCommand(Session session) {
    super("more", session, true);
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command.description("Read on for a screenful of turns.");
  }

  @Override
  protected List<Reading.Spot> read() {
    List<Turn> following = session.reading().following(Integer.MAX_VALUE);
    if (following.isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, "that was the last turn of the interview");
    }
    return here(session.page(following, root().env(), output()::textWidth));
  }
}
