package dev.convo.render;

import dev.convo.corpus.Quote;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.query.Conversation;
import dev.convo.query.Hit;
import dev.convo.query.Stats;
import dev.convo.query.TopicView;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * For pipes: one record per line, no colour, no wrapping, so that {@code | head -3} gives three
 * records and {@code | grep} sees whole turns. Paragraphs of a turn are joined with " ¶ ".
 */
final class PlainRenderer implements Renderer {
  static final String PARAGRAPH = " ¶ ";

  private final View view;
  private final Sink sink;

  PlainRenderer(View view, Sink sink) {
    this.view = view;
    this.sink = sink;
  }

  @Override
  public void quotes(List<Quote> quotes, boolean single) {
    for (Quote quote : quotes) {
      sink.line(quote(quote));
      sink.endRecord();
    }
  }

  @Override
  public void quoteInContext(Quote quote, Turn turn) {
    sink.line(quote(quote));
    sink.line(turn(turn));
    sink.endTurn(turn);
  }

  @Override
  public void turns(List<Turn> turns) {
    for (Turn turn : turns) {
      sink.line(turn(turn));
      sink.endTurn(turn);
    }
  }

  @Override
  public void sections(Stats stats) {
    for (Stats.SectionStats row : stats.sections()) {
      sink.line(Escape.line(view.id(row.section().id()) + " "
          + View.titles(row.section().title(), row.section().titleEn(), " (", ")") + ": "
          + TextRenderer.plural(row.total().turns(), "turn") + ", " + perSpeaker(row.bySpeaker())));
      sink.endRecord();
    }
  }

  /** One line each: name, title, then speakers and counts. */
  @Override
  public void conversations(List<Conversation> conversations, boolean single) {
    for (Conversation c : conversations) {
      sink.line(Escape.line(c.name() + ": " + c.title() + " (" + String.join(", ", c.speakers()) + "; "
          + TextRenderer.plural(c.sections(), "section") + ", " + TextRenderer.plural(c.turns(), "turn")
          + ", " + TextRenderer.plural(c.quotes(), "quote") + ")"));
      sink.endRecord();
    }
  }

  @Override
  public void topics(List<TopicView> topics) {
    for (TopicView view : topics) {
      Topic topic = view.topic();
      List<String> parts = new ArrayList<>();
      parts.add(View.titles(topic.title(), topic.titleZh(), " / ", ""));
      if (!topic.aliases().isEmpty()) {
        parts.add("also " + String.join(", ", topic.aliases()));
      }
      parts.add(TextRenderer.plural(view.turns().size(), "turn") + ", "
          + TextRenderer.plural(view.quotes().size(), "quote"));
      sink.line(Escape.line(this.view.id(topic.slug()) + ": " + String.join("; ", parts)));
      sink.endRecord();
    }
  }

  @Override
  public void topic(TopicView topic) {
    quotes(topic.quotes(), false);
    turns(topic.turns());
  }

  @Override
  public void hits(List<Hit> hits, HitLayout layout) {
    for (Hit hit : hits) {
      if (layout.full()) {
        sink.line(turn(hit.turn()));
      } else {
        String snippets = Snippets.joinedText(hit, layout.context());
        sink.line(Escape.line(view.id(hit.turn().id()) + " " + view.speaker(hit.turn().speaker()).label() + " ("
            + view.sectionTitle(hit.turn().section()) + "): " + snippets));
      }
      sink.endRecord();
    }
  }

  @Override
  public void count(int turns) {
    sink.line(Integer.toString(turns));
  }

  @Override
  public void ids(List<Hit> hits) {
    for (Hit hit : hits) {
      sink.line(Escape.line(view.id(hit.turn().id())));
      sink.endRecord();
    }
  }

  @Override
  public void stats(Stats stats) {
    for (var entry : stats.bySpeaker().entrySet()) {
      Speaker speaker = view.speaker(entry.getKey());
      sink.line(Escape.line(view.id(speaker.id()) + " " + speaker.name() + ": " + count(entry.getValue())));
    }
    sink.line(Escape.line(view.id("total") + ": " + count(stats.total())));
    for (Stats.SectionStats row : stats.sections()) {
      sink.line(Escape.line("section " + view.id(row.section().id()) + " " + row.section().title() + ": "
          + count(row.total()) + " (" + perSpeaker(row.bySpeaker()) + ")"));
    }
    sink.endRecord();
  }

  /** One line: the sum of {@code totals}, and over how many conversations. */
  @Override
  public void library(Map<String, Stats.Count> totals) {
    Stats.Count sum = totals.values().stream().reduce(Stats.Count.ZERO, Stats.Count::plus);
    sink.line(Records.LIBRARY + ": " + count(sum) + " (" + TextRenderer.plural(totals.size(), "conversation")
        + ")");
    sink.endRecord();
  }

  private String quote(Quote quote) {
    return Escape.line(view.id(quote.id()) + " " + quote.text() + " — " + view.speaker(quote.speaker()).name()
        + ", " + view.sectionTitle(quote.section()) + " (" + view.id(quote.turn()) + ")"
        + (quote.editorRank() == null ? "" : ", editor's #" + quote.editorRank()));
  }

  private String turn(Turn turn) {
    return Escape.line(view.id(turn.id()) + " " + view.speaker(turn.speaker()).label() + ": "
        + String.join(PARAGRAPH, turn.paragraphs()));
  }

  private String perSpeaker(Map<String, Stats.Count> counts) {
    // A loop, not a stream: the first lambda of a process costs a one-shot command milliseconds.
    List<String> parts = new ArrayList<>(counts.size());
    for (Map.Entry<String, Stats.Count> e : counts.entrySet()) {
      parts.add(view.speaker(e.getKey()).label() + " " + TextRenderer.plural(e.getValue().turns(), "turn")
          + " " + TextRenderer.plural(e.getValue().chars(), "char"));
    }
    return String.join(", ", parts);
  }

  private static String count(Stats.Count count) {
    return TextRenderer.plural(count.turns(), "turn") + ", " + TextRenderer.plural(count.chars(), "char");
  }
}
