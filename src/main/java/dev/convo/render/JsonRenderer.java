package dev.convo.render;

import com.google.gson.stream.JsonWriter;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Turn;
import dev.convo.query.Conversation;
import dev.convo.query.Hit;
import dev.convo.query.Stats;
import dev.convo.query.TopicView;
import dev.convo.text.Escape;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines (one compact record per line) or JSON (the same records as one indented array, or a
 * single object for a command that prints exactly one record).
 */
final class JsonRenderer implements Renderer {
  private final Records records;
  private final Sink sink;
  private final boolean lines;
  private final Part part;
  private final View view;

  JsonRenderer(View view, Sink sink, boolean lines) {
    this.records = new Records(view);
    this.view = view;
    this.part = view.part();
    this.sink = sink;
    this.lines = lines;
  }

  @Override
  public void quotes(List<Quote> quotes, boolean single) {
    List<Map<String, Object>> out = quotes.stream().map(records::quote).toList();
    if (single && !lines && out.size() == 1) {
      sink.line(json(out.get(0), true));
      sink.endRecord();
    } else {
      emit(out);
    }
  }

  @Override
  public void conversations(List<Conversation> conversations, boolean single) {
    List<Map<String, Object>> out = conversations.stream().map(records::conversation).toList();
    if (single && !lines && out.size() == 1) {
      sink.line(json(out.get(0), true));
      sink.endRecord();
    } else {
      emit(out);
    }
  }

  @Override
  public void quoteInContext(Quote quote, Turn turn) {
    emit(List.of(records.quote(quote), records.turn(turn)), List.of(turn));
  }

  @Override
  public void turns(List<Turn> turns) {
    emit(turns.stream().map(records::turn).toList(), turns);
  }

  @Override
  public void sections(Stats stats) {
    emit(stats.sections().stream().map(records::section).toList());
  }

  @Override
  public void topics(List<TopicView> topics) {
    emit(topics.stream().map(records::topic).toList());
  }

  @Override
  public void topic(TopicView topic) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(records.topic(topic));
    topic.quotes().forEach(q -> out.add(records.quote(q)));
    topic.turns().forEach(t -> out.add(records.topicTurn(t, topic.why(t))));
    emit(out, topic.turns());
  }

  @Override
  public void hits(List<Hit> hits, HitLayout layout) {
    emit(hits.stream().map(records::hit).toList());
  }

  @Override
  public void count(int turns) {
    sink.line(Integer.toString(turns));
  }

  @Override
  public void ids(List<Hit> hits) {
    List<String> ids = hits.stream().map(h -> view.id(h.turn().id())).toList();
    if (lines) {
      for (String id : ids) {
        sink.line(json(id, false));
        sink.endRecord();
      }
    } else if (part.whole()) {
      sink.line(json(ids, true));
    } else {
      if (part.first()) {
        sink.line("[");
      }
      for (int i = 0; i < ids.size(); i++) {
        sink.line("  " + json(ids.get(i), false) + (i < ids.size() - 1 || !part.last() ? "," : ""));
      }
      if (part.last()) {
        sink.line("]");
      }
    }
  }

  @Override
  public void stats(Stats stats) {
    emit(records.stats(stats));
  }

  @Override
  public void library(Map<String, Stats.Count> totals) {
    emit(List.of(records.library(totals)));
  }

  private void emit(List<Map<String, Object>> out) {
    emit(out, List.of());
  }

  /** The records {@code out}, the last of which are those of {@code turns}. */
  private void emit(List<Map<String, Object>> out, List<Turn> turns) {
    int firstTurn = out.size() - turns.size();
    if (lines) {
      for (int i = 0; i < out.size(); i++) {
        sink.line(json(out.get(i), false));
        endRecord(i, firstTurn, turns);
      }
      return;
    }
    if (out.isEmpty() && part.whole()) {
      sink.line("[]");
      sink.endRecord();
      return;
    }
    if (part.first()) {
      sink.line("[");
    }
    for (int i = 0; i < out.size(); i++) {
      String record = json(out.get(i), true).replace("\n", "\n  ");
      sink.line("  " + record + (i < out.size() - 1 || !part.last() ? "," : ""));
      endRecord(i, firstTurn, turns);
    }
    if (part.last()) {
      sink.line("]");
      sink.endRecord();
    }
  }

  private void endRecord(int record, int firstTurn, List<Turn> turns) {
    if (record >= firstTurn) {
      sink.endTurn(turns.get(record - firstTurn));
    } else {
      sink.endRecord();
    }
  }

  private static String json(Object record, boolean indent) {
    StringWriter text = new StringWriter();
    try (JsonWriter json = new JsonWriter(text)) {
      json.setHtmlSafe(false);
      json.setSerializeNulls(true);
      if (indent) {
        json.setIndent("  ");
      }
      value(json, record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Escape.json(text.toString());
  }

  private static void value(JsonWriter json, Object value) throws IOException {
    if (value == null) {
      json.nullValue();
    } else if (value instanceof String s) {
      json.value(s);
    } else if (value instanceof Number n) {
      json.value(n);
    } else if (value instanceof Boolean b) {
      json.value(b);
    } else if (value instanceof Map<?, ?> map) {
      json.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.name(entry.getKey().toString());
        value(json, entry.getValue());
      }
      json.endObject();
    } else if (value instanceof List<?> list) {
      json.beginArray();
      for (Object item : list) {
        value(json, item);
      }
      json.endArray();
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass());
    }
  }
}
