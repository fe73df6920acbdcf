package dev.convo.render;

import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.query.Conversation;
import dev.convo.query.Hit;
import dev.convo.query.Match;
import dev.convo.query.Stats;
import dev.convo.query.TopicView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of the machine formats, a stable interface documented in the README. Every record has
 * {@code type} and {@code id}; turns and quotes also {@code section}, {@code sectionTitle},
 * {@code speaker}, {@code speakerName} and {@code text}. Offsets count code points, as most
 * scripting languages index strings. A turn of a transcript that gives times has {@code time},
 * {@code 01:02:03}, when it starts.
 */
final class Records {
  /** The id and scope of the figures of the whole library. */
  static final String LIBRARY = "library";

  private final View view;

  Records(View view) {
    this.view = view;
  }

  Map<String, Object> turn(Turn turn) {
    Map<String, Object> record = common("turn", view.id(turn.id()), turn.section(), turn.speaker(), turn.text());
    if (turn.time() != null) {
      record.put("time", turn.clock());
    }
    record.put("index", turn.index());
    record.put("seq", turn.seq());
    record.put("chars", turn.length());
    record.put("paragraphs", turn.paragraphs());
    record.put("quotes", view.corpus().quotesIn(turn).stream().filter(Quote::editorsChoice)
        .map(Quote::id).toList());
    return record;
  }

  /** A turn of a topic, with why it is there ({@code null} for a turn of the topic's sections). */
  Map<String, Object> topicTurn(Turn turn, String why) {
    Map<String, Object> record = turn(turn);
    record.put("why", why);
    return record;
  }

  Map<String, Object> quote(Quote quote) {
    Map<String, Object> record =
        common("quote", view.id(quote.id()), quote.section(), quote.speaker(), quote.text());
    record.put("turn", view.id(quote.turn()));
    record.put("paragraph", quote.paragraph());
    record.put("start", quote.start());
    record.put("end", quote.end());
    record.put("chars", View.codePoints(quote.text()));
    record.put("emphasised", quote.emphasised());
    record.put("rank", quote.editorRank());
    record.put("editorText", quote.editorText());
    record.put("origin", quote.origin());
    record.put("topics", quote.topics());
    return record;
  }

  Map<String, Object> hit(Hit hit) {
    Map<String, Object> record = turn(hit.turn());
    record.put("score", hit.score());
    List<Map<String, Object>> matches = new ArrayList<>();
    for (Match match : hit.matches()) {
      String paragraph = hit.turn().paragraphs().get(match.paragraph());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("paragraph", match.paragraph());
      m.put("start", paragraph.codePointCount(0, match.start()));
      m.put("end", paragraph.codePointCount(0, match.end()));
      m.put("text", paragraph.substring(match.start(), match.end()));
      m.put("expanded", match.expanded());
      matches.add(m);
    }
    record.put("matches", matches);
    return record;
  }

  Map<String, Object> section(Stats.SectionStats row) {
    Section section = row.section();
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("type", "section");
    record.put("id", view.id(section.id()));
    from(record);
    record.put("number", section.number());
    record.put("slug", section.slug());
    record.put("title", section.title());
    record.put("titleEn", section.titleEn());
    record.put("turns", row.total().turns());
    record.put("chars", row.total().chars());
    record.put("speakers", counts(row.bySpeaker()));
    return record;
  }

  Map<String, Object> topic(TopicView view) {
    Topic topic = view.topic();
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("type", "topic");
    record.put("id", this.view.id(topic.slug()));
    from(record);
    record.put("title", topic.title());
    record.put("titleZh", topic.titleZh());
    record.put("aliases", topic.aliases());
    record.put("sections", topic.sections());
    record.put("keywords", topic.keywords());
    record.put("names", topic.names());
    record.put("turns", view.turns().size());
    record.put("quotes", view.quotes().size());
    return record;
  }

  Map<String, Object> conversation(Conversation conversation) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("type", "conversation");
    record.put("id", conversation.name());
    record.put("title", conversation.title());
    record.put("language", conversation.language());
    record.put("speakers", conversation.speakers());
    record.put("sections", conversation.sections());
    record.put("turns", conversation.turns());
    record.put("quotes", conversation.quotes());
    record.put("bundled", conversation.bundled());
    return record;
  }

  /** Totals, per speaker, per section, and per speaker within each section. */
  List<Map<String, Object>> stats(Stats stats) {
    List<Map<String, Object>> records = new ArrayList<>();
    records.add(stat("total", "total", null, null, stats.total()));
    for (var entry : stats.bySpeaker().entrySet()) {
      records.add(stat("speaker:" + entry.getKey(), "speaker", entry.getKey(), null, entry.getValue()));
    }
    for (Stats.SectionStats row : stats.sections()) {
      String id = row.section().id();
      records.add(stat("section:" + id, "section", null, id, row.total()));
      for (var entry : row.bySpeaker().entrySet()) {
        records.add(stat("section:" + id + ":" + entry.getKey(), "section-speaker", entry.getKey(), id,
            entry.getValue()));
      }
    }
    return records;
  }

  private Map<String, Object> stat(String id, String scope, String speaker, String section,
      Stats.Count count) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("type", "stat");
    record.put("id", view.id(id));
    from(record);
    record.put("scope", scope);
    record.put("section", section);
    record.put("sectionTitle", section == null ? null : view.sectionTitle(section));
    record.put("speaker", speaker);
    record.put("speakerName", speaker == null ? null : view.speaker(speaker).name());
    record.put("turns", count.turns());
    record.put("chars", count.chars());
    return record;
  }

  /** The library's figures: the sum of the totals of its conversations in play. */
  Map<String, Object> library(Map<String, Stats.Count> totals) {
    Stats.Count sum = totals.values().stream().reduce(Stats.Count.ZERO, Stats.Count::plus);
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("type", "stat");
    record.put("id", LIBRARY);
    record.put("conversation", null);
    record.put("scope", LIBRARY);
    record.put("section", null);
    record.put("sectionTitle", null);
    record.put("speaker", null);
    record.put("speakerName", null);
    record.put("turns", sum.turns());
    record.put("chars", sum.chars());
    return record;
  }

  private Map<String, Object> counts(Map<String, Stats.Count> bySpeaker) {
    Map<String, Object> counts = new LinkedHashMap<>();
    for (var entry : bySpeaker.entrySet()) {
      Map<String, Object> count = new LinkedHashMap<>();
      count.put("turns", entry.getValue().turns());
      count.put("chars", entry.getValue().chars());
      counts.put(entry.getKey(), count);
    }
    return counts;
  }

  /** Names the conversation of the library the record is from, where it is from one. */
  private void from(Map<String, Object> record) {
    if (view.conversation() != null) {
      record.put("conversation", view.conversation());
    }
  }

  private Map<String, Object> common(String type, String id, String section, String speaker, String text) {
    Speaker who = view.speaker(speaker);
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("type", type);
    record.put("id", id);
    from(record);
    record.put("section", section);
    record.put("sectionTitle", view.sectionTitle(section));
    record.put("speaker", who.id());
    record.put("speakerName", who.name());
    record.put("text", text);
    return record;
  }
}
