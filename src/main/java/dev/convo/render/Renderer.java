package dev.convo.render;

import dev.convo.corpus.Quote;
import dev.convo.corpus.Turn;
import dev.convo.query.Conversation;
import dev.convo.query.Hit;
import dev.convo.query.Stats;
import dev.convo.query.TopicView;
import java.util.List;
import java.util.Map;

/**
 * Turns query results into one output format. Each method writes one command's complete output;
 * machine formats emit the records documented in the README, human ones lay them out.
 */
public interface Renderer {
  /** Quotes; {@code single} when the command by definition prints one (JSON then prints an object). */
  void quotes(List<Quote> quotes, boolean single);

  /** A quote followed by the turn it comes from, the quote emphasised inside it. */
  void quoteInContext(Quote quote, Turn turn);

  /** Dialogue in the order given, with a heading wherever the section changes. */
  void turns(List<Turn> turns);

  /**
   * Dialogue that reads on from a turn of section {@code section}: as {@link #turns}, but the
   * first heading only if the section has changed. Formats without headings print the same.
   */
  default void turnsAfter(String section, List<Turn> turns) {
    turns(turns);
  }

  /** The table of contents: every section with its counts per speaker. */
  void sections(Stats stats);

  void topics(List<TopicView> topics);

  void topic(TopicView topic);

  /** Search results, laid out as {@code layout} says. */
  void hits(List<Hit> hits, HitLayout layout);

  /** How many turns a search found, and nothing else. */
  void count(int turns);

  /** The ids of the turns a search found, in rank order, and nothing else. */
  void ids(List<Hit> hits);

  void stats(Stats stats);

  /**
   * The library's figures, after the stats of several conversations: {@code totals} maps each
   * conversation's name to its total, and they are added up.
   */
  void library(Map<String, Stats.Count> totals);

  /** Conversations of the library; {@code single} when the command by definition prints one. */
  void conversations(List<Conversation> conversations, boolean single);

  static Renderer of(Format format, View view, Sink sink) {
    return switch (format) {
      case TEXT -> new TextRenderer(view, sink);
      case PLAIN -> new PlainRenderer(view, sink);
      case TSV -> new TsvRenderer(view, sink);
      case JSON -> new JsonRenderer(view, sink, false);
      case JSONL -> new JsonRenderer(view, sink, true);
      case MARKDOWN -> new MarkdownRenderer(view, sink);
    };
  }
}
