package dev.convo.repl;

import dev.convo.cli.ExitCode;
import dev.convo.cli.RecordsCommand;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.query.QueryException;
import dev.convo.render.Renderer;
import java.util.List;

/**
 * A REPL command that reads: it finds turns relative to the reading position (or a new one) and
 * prints them as the CLI prints dialogue, then reads on from the last of them. After a search,
 * {@code next} and {@code prev} step through its hits instead: each hit is printed with its
 * section's heading, and reading moves through the hits, not the interview. What a command finds
 * is never empty: when there is nothing to read, a {@code ConvoException} says why.
 */
abstract class ReadingCommand extends RecordsCommand<List<Turn>> {
  final Session session;
  /** Whether the turns read on from the current one: a section heading only if they enter another. */
  private final boolean readsOn;
  /** How many hits the turns found move reading on (or back, below zero); 0 when they are not hits. */
  private int hitStep;

  ReadingCommand(String name, Session session, boolean readsOn) {
    super(name);
    this.session = session;
    this.readsOn = readsOn;
  }

  /** The turns to read, from the reading position; {@link #hits} marks them as a search's hits. */
  protected abstract List<Turn> read(Corpus corpus) throws QueryException;

  /** Marks what {@link #read} returns as hits that move reading {@code step} hits on or back. */
  protected final List<Turn> hits(List<Turn> hits, int step) {
    hitStep = step;
    return hits;
  }

  @Override
  protected final List<Turn> find(Corpus corpus) throws QueryException {
    hitStep = 0;
    return read(corpus);
  }

  @Override
  protected final void print(Renderer renderer, List<Turn> turns) {
    if (hitStep != 0) {
      renderer.turns(turns);
    } else {
      renderer.turnsAfter(readsOn ? session.currentSection() : null, turns);
    }
  }

  @Override
  protected final int printed(List<Turn> turns) {
    if (hitStep != 0) {
      session.reading().stepHits(hitStep);
    } else {
      session.reading().moveTo(turns.get(turns.size() - 1));
    }
    return ExitCode.OK;
  }
}
