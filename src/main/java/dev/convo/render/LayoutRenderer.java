package dev.convo.render;

import dev.convo.corpus.Quote;
import dev.convo.corpus.Turn;
import java.util.List;

/**
 * The formats laid out for people (text and Markdown): they differ in how one quote and a run of
 * dialogue look, not in how quotes and turns are sequenced into records.
 */
abstract class LayoutRenderer implements Renderer {
  final Sink sink;
  /** Whether a record printed by another renderer comes before: the first quote then needs a blank line. */
  private final boolean continues;

  LayoutRenderer(View view, Sink sink) {
    this.sink = sink;
    this.continues = !view.part().first();
  }

  abstract void quote(Quote quote);

  /** Dialogue, with a heading wherever the section changes from {@code section} (null: none yet). */
  abstract void dialogue(List<Turn> turns, String section);

  @Override
  public final void quotes(List<Quote> quotes, boolean single) {
    for (int i = 0; i < quotes.size(); i++) {
      if (i > 0 || continues) {
        sink.line();
      }
      quote(quotes.get(i));
      sink.endRecord();
    }
  }

  @Override
  public final void quoteInContext(Quote quote, Turn turn) {
    quote(quote);
    sink.line();
    dialogue(List.of(turn), null);
  }

  @Override
  public final void turns(List<Turn> turns) {
    if (continues) {
      sink.line();
    }
    dialogue(turns, null);
  }

  @Override
  public final void turnsAfter(String section, List<Turn> turns) {
    dialogue(turns, section);
  }
}
