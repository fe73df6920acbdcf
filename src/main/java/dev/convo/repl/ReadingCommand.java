package dev.convo.repl;

import dev.convo.cli.ExitCode;
import dev.convo.cli.RecordsCommand;
import dev.convo.corpus.Turn;
import dev.convo.render.Renderer;
import java.util.List;

/**
 * A REPL command that reads: it finds turns relative to the reading position (or a new one) and
 * prints them as the CLI prints dialogue, then reads on from the last of them. What it finds is
 * never empty: when there is nothing to read, a {@code ConvoException} says why.
 */
abstract class ReadingCommand extends RecordsCommand<List<Turn>> {
  final Session session;
  /** Whether the turns read on from the current one: a section heading only if they enter another. */
  private final boolean readsOn;

  ReadingCommand(String name, Session session, boolean readsOn) {
    super(name);
    this.session = session;
    this.readsOn = readsOn;
  }

  @Override
  protected final void print(Renderer renderer, List<Turn> turns) {
    renderer.turnsAfter(readsOn ? session.currentSection() : null, turns);
  }

  @Override
  protected final int printed(List<Turn> turns) {
    session.reading().moveTo(turns.get(turns.size() - 1));
    return ExitCode.OK;
  }
}
