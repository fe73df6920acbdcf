package dev.convo.repl;

import dev.convo.cli.ExitCode;
import dev.convo.cli.Output;
import dev.convo.cli.RecordsCommand;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.query.QueryException;
import dev.convo.render.Part;
import dev.convo.render.Renderer;
import java.util.List;

/**
 * A REPL command that reads: it finds turns relative to the reading position (or a new one) and
 * prints them as the CLI prints dialogue, then reads on from the last of them. After a search,
 * {@code next} and {@code prev} step through its hits instead: each hit is printed with its
 * section's heading (and its conversation's name where the search printed it), and reading moves
 * through the hits, not the conversation. What a command finds is never empty: when there is
 * nothing to read, a {@code ConvoException} says why.
 */
abstract class ReadingCommand extends RecordsCommand<List<Reading.Spot>> {
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
  protected abstract List<Reading.Spot> read() throws QueryException;

  /** Marks what {@link #read} returns as hits that move reading {@code step} hits on or back. */
  protected final List<Reading.Spot> hits(List<Reading.Spot> hits, int step) {
    hitStep = step;
    return hits;
  }

  /** {@code turns} of the place reading is in. */
  final List<Reading.Spot> here(List<Turn> turns) {
    Place place = session.reading().place();
    return turns.stream().map(turn -> new Reading.Spot(place, turn)).toList();
  }

  @Override
  protected final List<Reading.Spot> find(Corpus corpus) throws QueryException {
    hitStep = 0;
    return read();
  }

  @Override
  protected final void print(Renderer renderer, List<Reading.Spot> spots) {
    List<Turn> turns = spots.stream().map(Reading.Spot::turn).toList();
    if (hitStep != 0) {
      renderer.turns(turns);
    } else {
      renderer.turnsAfter(readsOn ? session.currentSection() : null, turns);
    }
  }

  /** Each run of turns of one place prints through a renderer of that place, as a part of one list. */
  @Override
  protected final void print(Output out, Corpus corpus, List<Reading.Spot> spots) {
    for (int start = 0; start < spots.size(); ) {
      Place place = spots.get(start).place();
      int end = start + 1;
      while (end < spots.size() && spots.get(end).place().same(place)) {
        end++;
      }
      print(place.renderer(out, new Part(start == 0, end == spots.size())), spots.subList(start, end));
      start = end;
    }
  }

  @Override
  protected final int printed(List<Reading.Spot> spots) {
    if (hitStep != 0) {
      session.reading().stepHits(hitStep);
    } else {
      session.reading().moveTo(spots.get(spots.size() - 1));
    }
    return ExitCode.OK;
  }
}
