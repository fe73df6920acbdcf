package dev.convo.render;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Turn;
import dev.convo.query.Conversation;
import dev.convo.query.Hit;
import dev.convo.query.Stats;
import dev.convo.query.TopicView;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A header line, then one tab-separated line per record; tabs, newlines and backslashes inside a
 * field are escaped ({@link Escape#tsv}), an absent value is an empty field.
 */
final class TsvRenderer implements Renderer {
  private static final List<String> QUOTE = List.of("id", "turn", "section", "sectionTitle",
      "speaker", "speakerName", "rank", "chars", "text");
  private static final List<String> TURN = List.of("id", "section", "sectionTitle", "speaker",
      "speakerName", "chars", "text");
  private static final List<String> MIXED = List.of("type", "id", "section", "sectionTitle",
      "speaker", "speakerName", "text");
  private static final List<String> TOPIC_MIXED = List.of("type", "id", "section", "sectionTitle",
      "speaker", "speakerName", "why", "text");
  private static final List<String> HIT = List.of("id", "score", "matches", "section",
      "sectionTitle", "speaker", "speakerName", "text");
  private static final List<String> TOPIC = List.of("id", "title", "titleZh", "aliases",
      "sections", "keywords", "turns", "quotes");
  private static final List<String> CONVERSATION = List.of("id", "title", "language", "speakers",
      "sections", "turns", "quotes", "bundled");
  private static final List<String> STAT = List.of("id", "scope", "section", "speaker", "turns",
      "chars");

  private final View view;
  private final Records records;
  private final Sink sink;
  /** Whether the turns have times, which then follow every turn's id. */
  private final boolean timed;

  TsvRenderer(View view, Sink sink) {
    this.view = view;
    this.records = new Records(view);
    this.sink = sink;
    this.timed = corpora().stream().flatMap(c -> c.turns().stream()).anyMatch(t -> t.time() != null);
  }

  /** The corpora of the whole list this renderer prints a part of, whose columns it shares. */
  private List<Corpus> corpora() {
    return view.part().corpora().isEmpty() ? List.of(view.corpus()) : view.part().corpora();
  }

  /** {@code columns} of records that may be turns, with {@code time} after the id where turns have it. */
  private List<String> timed(List<String> columns) {
    if (!timed) {
      return columns;
    }
    List<String> withTime = new ArrayList<>(columns);
    withTime.add(columns.indexOf("id") + 1, "time");
    return withTime;
  }

  @Override
  public void quotes(List<Quote> quotes, boolean single) {
    if (view.part().first()) {
      row(QUOTE);
    }
    quotes.forEach(q -> record(QUOTE, records.quote(q)));
  }

  @Override
  public void quoteInContext(Quote quote, Turn turn) {
    List<String> columns = timed(MIXED);
    row(columns);
    record(columns, records.quote(quote));
    record(columns, turn);
  }

  @Override
  public void turns(List<Turn> turns) {
    List<String> columns = timed(TURN);
    if (view.part().first()) {
      row(columns);
    }
    turns.forEach(t -> record(columns, t));
  }

  /**
   * A row per section, with the turns and characters of each speaker of the list's conversations
   * (empty where a conversation has no such speaker).
   */
  @Override
  public void sections(Stats stats) {
    List<String> header = new ArrayList<>(List.of("id", "number", "slug", "title", "titleEn", "turns",
        "chars"));
    int common = header.size();
    List<String> speakers = corpora().stream().flatMap(c -> c.speakers().stream()).map(Speaker::id)
        .distinct().toList();
    for (String speaker : speakers) {
      header.add(speaker + "Turns");
      header.add(speaker + "Chars");
    }
    if (view.part().first()) {
      row(header);
    }
    for (Stats.SectionStats section : stats.sections()) {
      List<String> fields = new ArrayList<>();
      Map<String, Object> record = records.section(section);
      for (String column : header.subList(0, common)) {
        fields.add(field(record.get(column)));
      }
      for (String speaker : speakers) {
        Stats.Count count = section.bySpeaker().get(speaker);
        fields.add(count == null ? "" : Integer.toString(count.turns()));
        fields.add(count == null ? "" : Integer.toString(count.chars()));
      }
      row(fields);
      sink.endRecord();
    }
  }

  @Override
  public void topics(List<TopicView> topics) {
    if (view.part().first()) {
      row(TOPIC);
    }
    topics.forEach(t -> record(TOPIC, records.topic(t)));
  }

  @Override
  public void topic(TopicView topic) {
    List<String> columns = timed(TOPIC_MIXED);
    if (view.part().first()) {
      row(columns);
    }
    topic.quotes().forEach(q -> record(columns, records.quote(q)));
    topic.turns().forEach(t -> record(columns, t, records.topicTurn(t, topic.why(t))));
  }

  @Override
  public void hits(List<Hit> hits, HitLayout layout) {
    List<String> columns = timed(HIT);
    if (view.part().first()) {
      row(columns);
    }
    for (Hit hit : hits) {
      Map<String, Object> record = records.hit(hit);
      record.put("matches", hit.matches().size());
      record(columns, record);
    }
  }

  @Override
  public void count(int turns) {
    row(List.of("count"));
    row(List.of(Integer.toString(turns)));
  }

  @Override
  public void ids(List<Hit> hits) {
    if (view.part().first()) {
      row(List.of("id"));
    }
    for (Hit hit : hits) {
      row(List.of(field(view.id(hit.turn().id()))));
      sink.endRecord();
    }
  }

  @Override
  public void stats(Stats stats) {
    if (view.part().first()) {
      row(STAT);
    }
    records.stats(stats).forEach(r -> record(STAT, r));
  }

  @Override
  public void library(Map<String, Stats.Count> totals) {
    record(STAT, records.library(totals));
  }

  @Override
  public void conversations(List<Conversation> conversations, boolean single) {
    row(CONVERSATION);
    conversations.forEach(c -> record(CONVERSATION, records.conversation(c)));
  }

  private void record(List<String> columns, Map<String, Object> record) {
    row(columns.stream().map(c -> field(record.get(c))).toList());
    sink.endRecord();
  }

  private void record(List<String> columns, Turn turn) {
    record(columns, turn, records.turn(turn));
  }

  /** The record of {@code turn}, which ends it: reading goes on from there. */
  private void record(List<String> columns, Turn turn, Map<String, Object> record) {
    row(columns.stream().map(c -> field(record.get(c))).toList());
    sink.endTurn(turn);
  }

  private void row(List<String> fields) {
    sink.line(String.join("\t", fields.stream().map(Escape::tsv).toList()));
  }

  private static String field(Object value) {
    if (value instanceof List<?> list) {
      return String.join(",", list.stream().map(Objects::toString).toList());
    }
    return value == null ? "" : value.toString();
  }
}
