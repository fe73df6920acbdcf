package dev.convo.library;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Favourite;
import dev.convo.corpus.GlossaryEntry;
import dev.convo.corpus.Metadata;
import dev.convo.corpus.Preface;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Source;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Turn;
import dev.convo.query.Conversation;
import dev.convo.query.Search;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
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
 * the frame, the corpus but for its turns, quotes, topics and glossary; the glossary; the totals
 * ranking weighs terms against; for every character and every pair of adjacent characters of each
 * paragraph as search folds it ({@link Search#indexed}), the turns that hold it; and each turn and
 * quote as a record, read only for the turns a query's forms point at.
 *
 * <p>Layout, big-endian. The header, {@value #HEADER} bytes: magic, version, stamp (two longs), the
 * characters of all paragraphs (a long), then where each part starts and how many it holds: the
 * frame's offset; the glossary's offset and length; the gram count G and the offsets of the keys,
 * the posting starts and the postings; the turn count T and the offsets of the turn records' table
 * and of the starts into the turns' quotes; the quote count Q and the offsets of the quote records'
 * table, of the quotes' turns and of the turns' quotes. Every offset is from the start of the file,
 * so that opening an index reads its first page alone. Then the summary (title, language, speakers,
 * three counts); the frame (title, language, the eight fields of the source, speakers, the preface's
 * paragraphs and favourites, each section's id, slug, number, title and English title); the
 * glossary (each entry's words and forms); G sorted keys, G + 1 posting starts, the postings (turn
 * ordinals); T offsets of turn records, T + 1 starts into the turns' quotes; Q offsets of quote
 * records in the corpus's order, Q turn ordinals, one per quote, and the turns' quotes, Q quote
 * ordinals grouped by turn; the records. A string is a length (-1 for null) and UTF-16 code units
 * ({@link SearchIndexWriter#write}), a number that may be missing -1 when it is. The file is mapped: a search touches the pages of the
 * keys it looks up and of the turns it reads. An instance reads with one cursor, so it serves one
 * thread.
 */
final class SearchIndex {
  static final int MAGIC = 0x43564958; // "CVIX"
  static final int VERSION = 3;
  /** The header's length: what opening an index reads. */
  static final int HEADER = 4 + 4 + 8 + 8 + 8 + 14 * 4;
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
    Fields header = Fields.of(buffer, 0, HEADER);
    if (header.integer() != MAGIC || header.integer() != VERSION) {
      throw new IllegalArgumentException("not an index of this version");
    }
    stamp = new Stamp(header.longInteger(), header.longInteger());
    chars = header.longInteger();
    frameStart = header.integer();
    glossaryStart = header.integer();
    glossaryLength = header.integer();
    grams = header.integer();
    keys = header.integer();
    starts = header.integer();
    postings = header.integer();
    turns = header.integer();
    turnAt = header.integer();
    quoteStarts = header.integer();
    quotes = header.integer();
    quoteAt = header.integer();
    quoteTurn = header.integer();
    turnQuotes = header.integer();
    if (frameStart < HEADER || glossaryStart < frameStart || glossaryLength < 0 || grams < 0 || turns < 0
        || quotes < 0 || keys != (long) glossaryStart + glossaryLength || starts != keys + 4L * grams
        || postings != starts + 4L * (grams + 1) || turnAt < postings || quoteStarts != turnAt + 4L * turns
        || quoteAt != quoteStarts + 4L * (turns + 1) || quoteTurn != quoteAt + 4L * quotes
        || turnQuotes != quoteTurn + 4L * quotes || turnQuotes + 4L * quotes > buffer.limit()) {
      throw new IllegalArgumentException("the parts of the index do not fit together");
    }
    Fields fields = Fields.of(buffer, HEADER, frameStart - HEADER);
    String title = fields.string();
    String language = fields.string();
    List<String> speakers = fields.strings();
    summary = new Conversation(name, title, language, speakers, fields.number(), fields.number(),
        fields.number(), false);
  }

  /**
   * The index in {@code file}, for the conversation {@code name}, mapped; null when it is missing,
   * unreadable or damaged, which is then rebuilt.
   */
  static SearchIndex open(Path file, String name) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return new SearchIndex(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()), name);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Like {@link #open}, but read whole into memory, for a command that reads one index or a few: on
   * JDK 17 a process's first mapped file starts the JVM's lambda machinery, which costs more than
   * reading a whole index.
   */
  static SearchIndex read(Path file, String name) {
    try {
      return new SearchIndex(ByteBuffer.wrap(Files.readAllBytes(file)), name);
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

  /** The metadata and the sections, without their turns. */
  private record Frame(Metadata metadata, List<Section> sections) {}

  private Frame frame() {
    Fields in = Fields.of(buffer, frameStart, glossaryStart - frameStart);
    String title = in.string();
    String language = in.string();
    Source source = new Source(in.string(), in.string(), in.string(), in.string(), in.string(), in.string(),
        in.string(), in.string());
    List<Speaker> speakers = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      speakers.add(new Speaker(in.string(), in.string(), in.string()));
    }
    List<String> paragraphs = in.strings();
    List<Favourite> favourites = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      favourites.add(new Favourite(in.integer(), in.string(), in.string()));
    }
    List<Section> sections = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      sections.add(new Section(in.string(), in.string(), in.optional(), in.string(), in.string(), List.of()));
    }
    return new Frame(new Metadata(title, language, source, speakers, new Preface(paragraphs, favourites)),
        sections);
  }

  /**
   * The glossary, the one read last when it is the same: the conversations of one publisher share
   * theirs, and a search across the library then reads and expands it once.
   */
  List<GlossaryEntry> glossary() {
    byte[] bytes = new byte[glossaryLength];
    buffer.get(glossaryStart, bytes);
    synchronized (SearchIndex.class) {
      if (!Arrays.equals(bytes, lastGlossaryBytes)) {
        Fields entries = new Fields(bytes);
        List<GlossaryEntry> glossary = new ArrayList<>();
        for (int n = entries.count(); n > 0; n--) {
          glossary.add(new GlossaryEntry(entries.strings(), entries.strings()));
        }
        // Unmodifiable, so that each corpus keeps this very list and the expansion of the last
        // glossary is found by identity, not compared entry by entry.
        lastGlossary = List.copyOf(glossary);
        lastGlossaryBytes = bytes;
      }
      return lastGlossary;
    }
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
   * The conversation as far as the turns {@code ordinals} go: its metadata, sections and glossary,
   * those turns in their sections, and their quotes.
   */
  Corpus corpus(int[] ordinals) {
    Frame frame = frame();
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
    return new Corpus(frame.metadata(), sections, quotes, List.of(), glossary());
  }

  private Turn turn(int ordinal) {
    Fields in = record(turnAt, ordinal, turns, quotes > 0 ? buffer.getInt(quoteAt) : buffer.limit());
    String id = in.string();
    String section = in.string();
    String speaker = in.string();
    int index = in.integer();
    int seq = in.integer();
    Integer time = in.optional();
    return new Turn(id, section, index, seq, speaker, in.strings(), time);
  }

  /**
   * Record {@code ordinal} of the {@code count} that the table at {@code table} points at: it ends
   * where the next one starts, the last one at {@code end}.
   */
  private Fields record(int table, int ordinal, int count, int end) {
    int at = buffer.getInt(table + 4 * ordinal);
    int next = ordinal + 1 < count ? buffer.getInt(table + 4 * ordinal + 4) : end;
    return Fields.of(buffer, at, next - at);
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
    // Sorted by insertion, not Arrays.sort: these are the few quotes drawn, and on JDK 25 sorting an
    // int[] starts the lambda machinery, which costs a one-shot command milliseconds.
    for (int i = 1; i < turnsOf.length; i++) {
      int value = turnsOf[i];
      int j = i - 1;
      while (j >= 0 && turnsOf[j] > value) {
        turnsOf[j + 1] = turnsOf[j];
        j--;
      }
      turnsOf[j + 1] = value;
    }
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
    Fields in = record(quoteAt, checked(ordinal, quotes), quotes, buffer.limit());
    String id = in.string();
    String turn = in.string();
    String section = in.string();
    String speaker = in.string();
    int paragraph = in.integer();
    int start = in.integer();
    int end = in.integer();
    String text = in.string();
    boolean emphasised = in.flag();
    Integer rank = in.optional();
    String editorText = in.string();
    String origin = in.string();
    return new Quote(id, turn, section, speaker, paragraph, start, end, text, emphasised, rank, editorText,
        origin, in.strings());
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
        // A key is written only for a gram some turn holds.
        if (from < 0 || to <= from || postings + 4L * to > turnAt) {
          throw new IllegalStateException("the postings of the index are damaged");
        }
        int[] holding = new int[to - from];
        buffer.slice(postings + 4 * from, 4 * holding.length).asIntBuffer().get(holding);
        return holding;
      }
    }
    return new int[0];
  }

  /**
   * A pair's key; a single character's key is the character itself. Keys that meet (a pair
   * starting with U+FFFF) only widen the candidates, which the search then settles.
   */
  static int gram(char first, char second) {
    return (first + 1) << 16 | second;
  }
}
