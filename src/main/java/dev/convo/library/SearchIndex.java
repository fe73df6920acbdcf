package dev.convo.library;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusException;
import dev.convo.corpus.CorpusReader;
import dev.convo.corpus.GlossaryEntry;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Turn;
import dev.convo.query.Conversation;
import dev.convo.query.Search;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A conversation indexed for search when it is added, so that a search across the library parses
 * no corpus JSON and reads only the turns that may match. It holds what {@code library list} shows;
 * the frame, the corpus but for its turns, quotes, topics and glossary, packed ({@link CorpusReader#packed});
 * the glossary;
 * the totals ranking weighs terms against; for every character and every pair of adjacent
 * characters of each paragraph as search folds it ({@link Search#indexed}), the turns that hold
 * it; and each turn and quote as a record, read only for the turns a query's forms point at.
 *
 * <p>Layout, big-endian: magic, version, stamp (two longs); the summary (title, language,
 * speakers, three counts); the frame's length and bytes; the glossary's length and entries (each its
 * words and forms); the characters of all paragraphs (a
 * long); the gram count G, G sorted keys, G + 1 posting starts, the postings (turn ordinals); the
 * turn count T, T offsets of turn records, T + 1 starts into the turns' quotes; the quote count Q,
 * Q offsets of quote records in the corpus's order, Q turn ordinals, one per quote, and the
 * turns' quotes, Q quote ordinals grouped by turn; the records. A string is a length (-1 for null) and
 * UTF-8 bytes. The file is mapped: a search touches the pages of the keys it looks up and of the
 * turns it reads. An instance reads with one cursor, so it serves one thread.
 */
final class SearchIndex {
  static final int MAGIC = 0x43564958; // "CVIX"
  static final int VERSION = 2;
  /** The glossary read last, as {@link #glossary} shares it. */
  private static byte[] lastGlossaryBytes;
  private static List<GlossaryEntry> lastGlossary;

  /** What an index was built from: the corpus file's size and modification time. */
  record Stamp(long size, long modified) {
    /**
     * Whether the two are equal. A record's own equals is bootstrapped through method handles on
     * its first call, which costs a one-shot command milliseconds.
     */
    boolean same(Stamp other) {
      return size == other.size && modified == other.modified;
    }
  }

  private final ByteBuffer buffer;
  private final String name;
  private final Stamp stamp;
  private final Conversation summary;
  private final int frameStart;
  private final int frameLength;
  private final int glossaryStart;
  private final int glossaryLength;
  private final long chars;
  private final int grams;
  private final int keys;
  private final int starts;
  private final int postings;
  private final int turns;
  private final int turnAt;
  private final int quoteStarts;
  private final int quotes;
  private final int quoteAt;
  private final int quoteTurn;
  private final int turnQuotes;

  private SearchIndex(ByteBuffer buffer, String name) {
    this.buffer = buffer;
    this.name = name;
    if (buffer.getInt() != MAGIC || buffer.getInt() != VERSION) {
      throw new IllegalArgumentException("not an index of this version");
    }
    stamp = new Stamp(buffer.getLong(), buffer.getLong());
    String title = string();
    String language = string();
    int speakerCount = count();
    List<String> speakers = new ArrayList<>();
    for (int i = 0; i < speakerCount; i++) {
      speakers.add(string());
    }
    summary = new Conversation(name, title, language, speakers, count(), count(), count(), false);
    frameLength = count();
    frameStart = buffer.position();
    buffer.position(frameStart + frameLength);
    glossaryLength = count();
    glossaryStart = buffer.position();
    buffer.position(glossaryStart + glossaryLength);
    chars = buffer.getLong();
    grams = count();
    keys = buffer.position();
    starts = keys + 4 * grams;
    postings = starts + 4 * (grams + 1);
    buffer.position(postings + 4 * buffer.getInt(starts + 4 * grams));
    turns = count();
    turnAt = buffer.position();
    quoteStarts = turnAt + 4 * turns;
    buffer.position(quoteStarts + 4 * (turns + 1));
    quotes = count();
    quoteAt = buffer.position();
    quoteTurn = quoteAt + 4 * quotes;
    turnQuotes = quoteTurn + 4 * quotes;
    buffer.position(turnQuotes + 4 * quotes);
  }

  /**
   * The index in {@code file}, for the conversation {@code name}; null when it is missing,
   * unreadable or damaged, which is then rebuilt.
   */
  static SearchIndex open(Path file, String name) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return new SearchIndex(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()), name);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  Stamp stamp() {
    return stamp;
  }

  Conversation summary() {
    return summary;
  }

  /** The corpus but for its turns, quotes and topics: its sections have no turns. */
  Corpus frame() throws CorpusException {
    byte[] packed = new byte[frameLength];
    buffer.get(frameStart, packed);
    Corpus frame = CorpusReader.unpacked(packed, name);
    return new Corpus(frame.metadata(), frame.sections(), List.of(), List.of(), glossary());
  }

  /**
   * The glossary, the one read last when it is the same: the conversations of one publisher share
   * theirs, and a search across the library then reads and expands it once.
   */
  private List<GlossaryEntry> glossary() {
    byte[] bytes = new byte[glossaryLength];
    buffer.get(glossaryStart, bytes);
    synchronized (SearchIndex.class) {
      if (!Arrays.equals(bytes, lastGlossaryBytes)) {
        ByteBuffer entries = ByteBuffer.wrap(bytes);
        List<GlossaryEntry> glossary = new ArrayList<>();
        for (int n = count(entries); n > 0; n--) {
          glossary.add(new GlossaryEntry(strings(entries), strings(entries)));
        }
        lastGlossary = glossary;
        lastGlossaryBytes = bytes;
      }
      return lastGlossary;
    }
  }

  private static List<String> strings(ByteBuffer from) {
    int n = count(from);
    List<String> strings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      strings.add(string(from));
    }
    return strings;
  }

  Search.Totals totals() {
    return new Search.Totals(turns, chars);
  }

  /**
   * The ordinals, ascending, of the turns that may match a query whose terms are searched in
   * {@code forms} ({@link Search#forms}): those that hold every gram of some form of a term, for
   * any term, so that the search counts how many turns hold each term as it would in the whole
   * conversation; every turn when {@code forms} is null.
   */
  int[] holding(List<List<String>> forms) {
    if (forms == null) {
      return every();
    }
    int[] union = new int[0];
    for (List<String> term : forms) {
      for (String form : term) {
        union = Postings.union(union, holding(form));
      }
    }
    return union;
  }

  private int[] holding(String form) {
    if (form.isEmpty()) {
      return every();
    }
    if (form.length() == 1) {
      return postings(form.charAt(0));
    }
    int[] candidates = null;
    for (int i = 0; i + 1 < form.length(); i++) {
      int[] holding = postings(gram(form.charAt(i), form.charAt(i + 1)));
      candidates = candidates == null ? holding : Postings.intersect(candidates, holding);
      if (candidates.length == 0) {
        break;
      }
    }
    return candidates;
  }

  private int[] every() {
    int[] every = new int[turns];
    for (int i = 0; i < turns; i++) {
      every[i] = i;
    }
    return every;
  }

  /**
   * The conversation as far as the turns {@code ordinals} go: {@code frame} with those turns in
   * their sections and their quotes.
   */
  Corpus corpus(Corpus frame, int[] ordinals) {
    Map<String, List<Turn>> bySection = new HashMap<>();
    List<Quote> quotes = new ArrayList<>();
    for (int ordinal : ordinals) {
      Turn turn = turn(ordinal);
      List<Turn> inSection = bySection.get(turn.section());
      if (inSection == null) {
        inSection = new ArrayList<>();
        bySection.put(turn.section(), inSection);
      }
      inSection.add(turn);
      for (int q = buffer.getInt(quoteStarts + 4 * ordinal); q < buffer.getInt(quoteStarts + 4 * ordinal + 4); q++) {
        quotes.add(quote(buffer.getInt(turnQuotes + 4 * q)));
      }
    }
    List<Section> sections = new ArrayList<>();
    for (Section s : frame.sections()) {
      List<Turn> turnsHere = bySection.get(s.id());
      sections.add(turnsHere == null ? s : new Section(s.id(), s.slug(), s.number(), s.title(), s.titleEn(),
          turnsHere));
    }
    return new Corpus(frame.metadata(), sections, quotes, List.of(), frame.glossary());
  }

  private Turn turn(int ordinal) {
    buffer.position(buffer.getInt(turnAt + 4 * ordinal));
    String id = string();
    String section = string();
    String speaker = string();
    int index = buffer.getInt();
    int seq = buffer.getInt();
    int time = buffer.getInt();
    int paragraphCount = count();
    List<String> paragraphs = new ArrayList<>(paragraphCount);
    for (int i = 0; i < paragraphCount; i++) {
      paragraphs.add(string());
    }
    return new Turn(id, section, index, seq, speaker, paragraphs, time < 0 ? null : time);
  }

  /** How many quotes the conversation has; {@link #quote} numbers them in the corpus's order from 0. */
  int quotes() {
    return quotes;
  }

  /** The turn ordinals, ascending, of the quotes {@code ordinals}. */
  int[] turnsOf(int[] ordinals) {
    int[] turnsOf = new int[ordinals.length];
    for (int i = 0; i < ordinals.length; i++) {
      turnsOf[i] = buffer.getInt(quoteTurn + 4 * checked(ordinals[i], quotes));
    }
    Arrays.sort(turnsOf);
    int n = 0;
    for (int i = 0; i < turnsOf.length; i++) {
      if (n == 0 || turnsOf[n - 1] != turnsOf[i]) {
        turnsOf[n++] = turnsOf[i];
      }
    }
    return Arrays.copyOf(turnsOf, n);
  }

  private static int checked(int ordinal, int count) {
    if (ordinal < 0 || ordinal >= count) {
      throw new IndexOutOfBoundsException(ordinal);
    }
    return ordinal;
  }

  /** The quote {@code ordinal}, counting in the corpus's order from 0. */
  Quote quote(int ordinal) {
    buffer.position(buffer.getInt(quoteAt + 4 * checked(ordinal, quotes)));
    String id = string();
    String turn = string();
    String section = string();
    String speaker = string();
    int paragraph = buffer.getInt();
    int start = buffer.getInt();
    int end = buffer.getInt();
    String text = string();
    boolean emphasised = buffer.get() != 0;
    int rank = buffer.getInt();
    String editorText = string();
    String origin = string();
    int topicCount = count();
    List<String> topics = new ArrayList<>(topicCount);
    for (int i = 0; i < topicCount; i++) {
      topics.add(string());
    }
    return new Quote(id, turn, section, speaker, paragraph, start, end, text, emphasised,
        rank < 0 ? null : rank, editorText, origin, topics);
  }

  private int[] postings(int key) {
    int low = 0;
    int high = grams - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int at = buffer.getInt(keys + 4 * middle);
      if (at < key) {
        low = middle + 1;
      } else if (at > key) {
        high = middle - 1;
      } else {
        int from = buffer.getInt(starts + 4 * middle);
        int to = buffer.getInt(starts + 4 * middle + 4);
        int[] holding = new int[to - from];
        for (int i = 0; i < holding.length; i++) {
          holding[i] = buffer.getInt(postings + 4 * (from + i));
        }
        return holding;
      }
    }
    return new int[0];
  }

  private String string() {
    return string(buffer);
  }

  /** A string as the library's files write it ({@link SearchIndexWriter#write}): null for length -1. */
  static String string(ByteBuffer buffer) {
    int length = buffer.getInt();
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > buffer.remaining()) {
      throw new BufferUnderflowException();
    }
    byte[] bytes = new byte[length];
    buffer.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private int count() {
    return count(buffer);
  }

  /** A count or length, which cannot be negative or more than the buffer holds. */
  static int count(ByteBuffer buffer) {
    int n = buffer.getInt();
    if (n < 0 || n > buffer.limit()) {
      throw new BufferUnderflowException();
    }
    return n;
  }

  /**
   * A pair's key; a single character's key is the character itself. Keys that meet (a pair
   * starting with U+FFFF) only widen the candidates, which the search then settles.
   */
  static int gram(char first, char second) {
    return (first + 1) << 16 | second;
  }
}
