package dev.convo.library;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusReader;
import dev.convo.corpus.GlossaryEntry;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Turn;
import dev.convo.query.Search;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(SearchIndex.MAGIC);
    out.writeInt(SearchIndex.VERSION);
    out.writeLong(stamp.size());
    out.writeLong(stamp.modified());
    write(out, corpus.metadata().title());
    write(out, corpus.metadata().language());
    out.writeInt(corpus.speakers().size());
    for (Speaker speaker : corpus.speakers()) {
      write(out, speaker.name());
    }
    out.writeInt(corpus.sections().size());
    out.writeInt(all.size());
    out.writeInt(corpus.quotes().size());
    byte[] frame = CorpusReader.packed(frame(corpus));
    out.writeInt(frame.length);
    out.write(frame);
    ByteArrayOutputStream glossary = new ByteArrayOutputStream();
    DataOutputStream entries = new DataOutputStream(glossary);
    entries.writeInt(corpus.glossary().size());
    for (GlossaryEntry entry : corpus.glossary()) {
      strings(entries, entry.words());
      strings(entries, entry.forms());
    }
    entries.flush();
    out.writeInt(glossary.size());
    glossary.writeTo(out);
    out.writeLong(chars);
    out.writeInt(holding.size());
    for (int key : holding.keySet()) {
      out.writeInt(key);
    }
    int start = 0;
    for (List<Integer> turns : holding.values()) {
      out.writeInt(start);
      start += turns.size();
    }
    out.writeInt(start);
    for (List<Integer> turns : holding.values()) {
      for (int turn : turns) {
        out.writeInt(turn);
      }
    }
    records(corpus, out);
    out.flush();
    return bytes.toByteArray();
  }

  /**
   * The turn and quote tables and the records they point at, which follow them: the quotes in the
   * corpus's order, each with its turn's ordinal, and for each turn the ordinals of its quotes.
   */
  private static void records(Corpus corpus, DataOutputStream out) throws IOException {
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
    int base = out.size() + 4 + 4 * all.size() + 4 * (all.size() + 1) + 4 + 4 * 3 * quotes.size();
    out.writeInt(all.size());
    for (int offset : turnOffsets) {
      out.writeInt(base + offset);
    }
    int quoteStart = 0;
    for (Turn turn : all) {
      out.writeInt(quoteStart);
      quoteStart += corpus.quotesIn(turn).size();
    }
    out.writeInt(quoteStart);
    out.writeInt(quotes.size());
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
    records.writeTo(out);
  }

  /** {@code corpus} without its turns, quotes and topics. */
  private static Corpus frame(Corpus corpus) {
    List<Section> sections = new ArrayList<>();
    for (Section s : corpus.sections()) {
      sections.add(new Section(s.id(), s.slug(), s.number(), s.title(), s.titleEn(), List.of()));
    }
    return new Corpus(corpus.metadata(), sections, List.of(), List.of(), List.of());
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

  /** {@code text} as a length (-1 for null) and UTF-8 bytes. */
  static void write(DataOutputStream out, String text) throws IOException {
    if (text == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }
}
