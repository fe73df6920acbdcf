package dev.convo.library;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Favourite;
import dev.convo.corpus.GlossaryEntry;
import dev.convo.corpus.Metadata;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Source;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Turn;
import dev.convo.query.Search;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a conversation's {@link SearchIndex} in the layout that class describes. */
final class SearchIndexWriter {
  private SearchIndexWriter() {}

  /** The index of {@code corpus}, built from the file with {@code stamp}. */
  static byte[] build(Corpus corpus, SearchIndex.Stamp stamp) throws IOException {
    List<Turn> all = corpus.turns();
    Map<Integer, List<Integer>> holding = new TreeMap<>();
    long chars = 0;
    for (int t = 0; t < all.size(); t++) {
      for (String paragraph : all.get(t).paragraphs()) {
        chars += paragraph.length();
        String folded = Search.indexed(paragraph);
        for (int i = 0; i < folded.length(); i++) {
          add(holding, folded.charAt(i), t);
          if (i + 1 < folded.length()) {
            add(holding, SearchIndex.gram(folded.charAt(i), folded.charAt(i + 1)), t);
          }
        }
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream body = new DataOutputStream(bytes);
    write(body, corpus.metadata().title());
    write(body, corpus.metadata().language());
    body.writeInt(corpus.speakers().size());
    for (Speaker speaker : corpus.speakers()) {
      write(body, speaker.name());
    }
    body.writeInt(corpus.sections().size());
    body.writeInt(all.size());
    body.writeInt(corpus.quotes().size());
    int frame = at(body);
    frame(body, corpus);
    int glossary = at(body);
    body.writeInt(corpus.glossary().size());
    for (GlossaryEntry entry : corpus.glossary()) {
      strings(body, entry.words());
      strings(body, entry.forms());
    }
    int glossaryLength = at(body) - glossary;
    int keys = at(body);
    for (int key : holding.keySet()) {
      body.writeInt(key);
    }
    int starts = at(body);
    int start = 0;
    for (List<Integer> turns : holding.values()) {
      body.writeInt(start);
      start += turns.size();
    }
    body.writeInt(start);
    int postings = at(body);
    for (List<Integer> turns : holding.values()) {
      for (int turn : turns) {
        body.writeInt(turn);
      }
    }
    int[] tables = records(corpus, body);
    body.flush();
    ByteArrayOutputStream file = new ByteArrayOutputStream(SearchIndex.HEADER + bytes.size());
    DataOutputStream out = new DataOutputStream(file);
    out.writeInt(SearchIndex.MAGIC);
    out.writeInt(SearchIndex.VERSION);
    out.writeLong(stamp.size());
    out.writeLong(stamp.modified());
    out.writeLong(chars);
    out.writeInt(frame);
    out.writeInt(glossary);
    out.writeInt(glossaryLength);
    out.writeInt(holding.size());
    out.writeInt(keys);
    out.writeInt(starts);
    out.writeInt(postings);
    out.writeInt(all.size());
    out.writeInt(tables[0]);
    out.writeInt(tables[1]);
    out.writeInt(corpus.quotes().size());
    out.writeInt(tables[2]);
    out.writeInt(tables[3]);
    out.writeInt(tables[4]);
    if (out.size() != SearchIndex.HEADER) {
      throw new IllegalStateException("the header is " + out.size() + " bytes, not " + SearchIndex.HEADER);
    }
    bytes.writeTo(out);
    out.flush();
    return file.toByteArray();
  }

  /** Where the next byte written to {@code body} will stand in the file, after the header. */
  private static int at(DataOutputStream body) {
    return SearchIndex.HEADER + body.size();
  }

  /** The frame: the metadata, and each section without its turns. */
  private static void frame(DataOutputStream out, Corpus corpus) throws IOException {
    Metadata metadata = corpus.metadata();
    write(out, metadata.title());
    write(out, metadata.language());
    Source source = metadata.source();
    for (String field : new String[] {source.file(), source.sha256(), source.author(), source.published(),
        source.place(), source.url(), source.transcriptUrl(), source.coverImage()}) {
      write(out, field);
    }
    out.writeInt(metadata.speakers().size());
    for (Speaker speaker : metadata.speakers()) {
      write(out, speaker.id());
      write(out, speaker.name());
      write(out, speaker.label());
    }
    strings(out, metadata.preface().paragraphs());
    out.writeInt(metadata.preface().favourites().size());
    for (Favourite favourite : metadata.preface().favourites()) {
      out.writeInt(favourite.rank());
      write(out, favourite.text());
      write(out, favourite.quote());
    }
    out.writeInt(corpus.sections().size());
    for (Section section : corpus.sections()) {
      write(out, section.id());
      write(out, section.slug());
      out.writeInt(section.number() == null ? -1 : section.number());
      write(out, section.title());
      write(out, section.titleEn());
    }
  }

  /**
   * The turn and quote tables and the records they point at, which follow them: the quotes in the
   * corpus's order, each with its turn's ordinal, and for each turn the ordinals of its quotes.
   * Returns where the tables start: the turn records', the turns' quote starts, the quote
   * records', the quotes' turns, the turns' quotes.
   */
  private static int[] records(Corpus corpus, DataOutputStream out) throws IOException {
    List<Turn> all = corpus.turns();
    Map<String, Integer> ordinals = new HashMap<>();
    for (int t = 0; t < all.size(); t++) {
      ordinals.put(all.get(t).id(), t);
    }
    List<Quote> quotes = corpus.quotes();
    ByteArrayOutputStream records = new ByteArrayOutputStream();
    DataOutputStream record = new DataOutputStream(records);
    int[] turnOffsets = new int[all.size()];
    for (int t = 0; t < all.size(); t++) {
      turnOffsets[t] = record.size();
      turn(record, all.get(t));
    }
    int[] quoteOffsets = new int[quotes.size()];
    for (int q = 0; q < quotes.size(); q++) {
      quoteOffsets[q] = record.size();
      quote(record, quotes.get(q));
    }
    record.flush();
    int[] tables = new int[5];
    tables[0] = at(out);
    tables[1] = tables[0] + 4 * all.size();
    tables[2] = tables[1] + 4 * (all.size() + 1);
    tables[3] = tables[2] + 4 * quotes.size();
    tables[4] = tables[3] + 4 * quotes.size();
    int base = tables[4] + 4 * quotes.size();
    for (int offset : turnOffsets) {
      out.writeInt(base + offset);
    }
    int quoteStart = 0;
    for (Turn turn : all) {
      out.writeInt(quoteStart);
      quoteStart += corpus.quotesIn(turn).size();
    }
    out.writeInt(quoteStart);
    for (int offset : quoteOffsets) {
      out.writeInt(base + offset);
    }
    for (Quote quote : quotes) {
      out.writeInt(ordinals.get(quote.turn()));
    }
    Map<Quote, Integer> quoteOrdinals = new IdentityHashMap<>();
    for (int q = 0; q < quotes.size(); q++) {
      quoteOrdinals.put(quotes.get(q), q);
    }
    for (Turn turn : all) {
      for (Quote quote : corpus.quotesIn(turn)) {
        out.writeInt(quoteOrdinals.get(quote));
      }
    }
    if (at(out) != base) {
      throw new IllegalStateException("the records start at " + at(out) + ", not " + base);
    }
    records.writeTo(out);
    return tables;
  }

  private static void strings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String string : strings) {
      write(out, string);
    }
  }

  private static void turn(DataOutputStream out, Turn turn) throws IOException {
    write(out, turn.id());
    write(out, turn.section());
    write(out, turn.speaker());
    out.writeInt(turn.index());
    out.writeInt(turn.seq());
    out.writeInt(turn.time() == null ? -1 : turn.time());
    out.writeInt(turn.paragraphs().size());
    for (String paragraph : turn.paragraphs()) {
      write(out, paragraph);
    }
  }

  private static void quote(DataOutputStream out, Quote quote) throws IOException {
    write(out, quote.id());
    write(out, quote.turn());
    write(out, quote.section());
    write(out, quote.speaker());
    out.writeInt(quote.paragraph());
    out.writeInt(quote.start());
    out.writeInt(quote.end());
    write(out, quote.text());
    out.writeByte(quote.emphasised() ? 1 : 0);
    out.writeInt(quote.editorRank() == null ? -1 : quote.editorRank());
    write(out, quote.editorText());
    write(out, quote.origin());
    out.writeInt(quote.topics().size());
    for (String topic : quote.topics()) {
      write(out, topic);
    }
  }

  private static void add(Map<Integer, List<Integer>> holding, int key, int turn) {
    List<Integer> turns = holding.computeIfAbsent(key, k -> new ArrayList<>());
    if (turns.isEmpty() || turns.get(turns.size() - 1) != turn) {
      turns.add(turn);
    }
  }

  /**
   * {@code text} as a length (-1 for null) and its UTF-16 code units: what a Java string holds, so
   * that reading one back is a copy, where UTF-8 would be decoded, at several times the cost in
   * time and memory for Chinese text.
   */
  static void write(DataOutputStream out, String text) throws IOException {
    if (text == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(text.length());
    out.writeChars(text);
  }
}
