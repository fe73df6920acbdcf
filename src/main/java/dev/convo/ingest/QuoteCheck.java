package dev.convo.ingest;

import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.SentenceBounds;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locates each curated quote in its turn and holds it to the rules of a quote: an exact passage of
 * one paragraph, found there once, made of whole sentences, 8 to 150 characters, cutting inside no
 * quotation marks or brackets, about topics whose turns include it, and no passage quoted already.
 * A quote that breaks one is an error naming it, never skipped.
 */
final class QuoteCheck {
  static final int MIN_CHARS = 8;
  static final int MAX_CHARS = 150;

  private final String file;
  private final Map<String, Turn> turns = new HashMap<>();
  private final Map<String, Topic> topics = new HashMap<>();
  private final List<Quote> existing;

  QuoteCheck(String file, List<Section> sections, List<Topic> topics, List<Quote> existing) {
    this.file = file;
    for (Section section : sections) {
      for (Turn turn : section.turns()) {
        turns.put(turn.id(), turn);
      }
    }
    for (Topic topic : topics) {
      this.topics.put(topic.slug(), topic);
    }
    this.existing = new ArrayList<>(existing);
  }

  List<Quote> curated(CuratedQuotes chosen) throws IngestException {
    List<Quote> result = new ArrayList<>();
    for (CuratedQuotes.Entry entry : chosen.quotes()) {
      Quote quote = check(entry);
      existing.add(quote);
      result.add(quote);
    }
    return result;
  }

  private Quote check(CuratedQuotes.Entry entry) throws IngestException {
    for (Quote other : existing) {
      if (other.id().equals(entry.id())) {
        throw fail(entry, "its id is taken by another quote");
      }
    }
    Turn turn = turns.get(entry.turn());
    if (turn == null) {
      throw fail(entry, "there is no turn " + entry.turn());
    }
    String text = entry.text();
    int paragraph = -1;
    int at = -1;
    int found = 0;
    for (int p = 0; p < turn.paragraphs().size(); p++) {
      String para = turn.paragraphs().get(p);
      for (int i = para.indexOf(text); i >= 0 && !text.isEmpty(); i = para.indexOf(text, i + 1)) {
        found++;
        paragraph = p;
        at = i;
      }
    }
    if (found == 0) {
      throw fail(entry, "its text is not a passage of one paragraph of turn " + turn.id());
    }
    if (found > 1) {
      throw fail(entry, "its text occurs " + found + " times in turn " + turn.id() + "; quote more of it");
    }
    int chars = text.codePointCount(0, text.length());
    if (chars < MIN_CHARS || chars > MAX_CHARS) {
      throw fail(entry, "it has " + chars + " characters; a quote has " + MIN_CHARS + " to " + MAX_CHARS);
    }
    String para = turn.paragraphs().get(paragraph);
    int start = para.codePointCount(0, at);
    int end = start + chars;
    if (!SentenceBounds.isBalanced(text)) {
      throw fail(entry, "it cuts inside quotation marks or brackets");
    }
    if (!SentenceBounds.startsSentence(para, start)) {
      throw fail(entry, "it does not start where a sentence of turn " + turn.id() + " starts");
    }
    if (!SentenceBounds.endsSentence(para, end)) {
      throw fail(entry, "it does not end where a sentence of turn " + turn.id() + " ends");
    }
    for (Quote other : existing) {
      if (other.turn().equals(turn.id()) && other.paragraph() == paragraph && other.start() == start
          && other.end() == end) {
        throw fail(entry, "it is the same passage as " + other.id());
      }
    }
    if (entry.topics().isEmpty()) {
      throw fail(entry, "it names no topics");
    }
    for (String slug : entry.topics()) {
      Topic topic = topics.get(slug);
      if (topic == null) {
        throw fail(entry, "there is no topic '" + slug + "'");
      }
      if (!Ingest.topicsOf(turn.id(), turn.section(), List.of(topic)).contains(slug)) {
        throw fail(entry, "topic '" + slug + "' does not include turn " + turn.id());
      }
    }
    return new Quote(entry.id(), turn.id(), turn.section(), turn.speaker(), paragraph, start, end, text,
        false, null, null, Quote.CURATED, entry.topics());
  }

  private IngestException fail(CuratedQuotes.Entry entry, String what) {
    return new IngestException(file + ": quote " + entry.id() + ": " + what);
  }
}
