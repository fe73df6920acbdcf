package dev.convo.library;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Turn;
import dev.convo.query.Conversation;
import dev.convo.query.Fold;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
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
 * A conversation's turns indexed for search, built when the conversation is added, so that a
 * search across the library reads no corpus JSON. For every character and every pair of adjacent
 * characters of the folded text ({@link Fold}), the turns that hold it; a turn holds a term only if
 * it holds all the term's pairs, and the turn's text, stored too, settles it. The file also holds
 * what {@code library list} shows and the {@link Stamp} of the corpus it was built from.
 *
 * <p>Layout, big-endian: magic, version, stamp (two longs); the summary (title, language, speakers,
 * three counts); the gram count G, G sorted keys, G + 1 posting starts, the postings (turn
 * ordinals); the turn count T, T + 1 text starts (in chars), and per turn its id, section and
 * speaker; then the texts as UTF-16. The file is mapped, so that a search touches only the pages
 * of the keys it looks up and the turns it finds.
 */
final class TurnIndex {
  private static final int MAGIC = 0x43564958; // "CVIX"
  private static final int VERSION = 1;

  /** What an index was built from: the corpus file's size and modification time. */
  record Stamp(long size, long modified) {}

  /** A turn that holds every term of a query: its ids, speaker and paragraphs. */
  record Found(String turn, String section, String speaker, List<String> paragraphs) {}

  private final ByteBuffer buffer;
  private final Stamp stamp;
  private final Conversation summary;
  private final int grams;
  private final int keys;
  private final int starts;
  private final int postings;
  private final int turns;
  private final int textStarts;
  private final int[] turnMeta;
  private final int texts;

  private TurnIndex(ByteBuffer buffer, String name, boolean bundled) {
    this.buffer = buffer;
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
    summary = new Conversation(name, title, language, speakers, count(), count(), count(), bundled);
    grams = count();
    keys = buffer.position();
    starts = keys + 4 * grams;
    postings = starts + 4 * (grams + 1);
    buffer.position(postings + 4 * buffer.getInt(starts + 4 * grams));
    turns = count();
    textStarts = buffer.position();
    buffer.position(textStarts + 4 * (turns + 1));
    turnMeta = new int[turns];
    for (int i = 0; i < turns; i++) {
      turnMeta[i] = buffer.position();
      string();
      string();
      string();
    }
    texts = buffer.position();
    if (texts + 2L * buffer.getInt(textStarts + 4 * turns) != buffer.limit()) {
      throw new IllegalArgumentException("the index's length does not match its contents");
    }
  }

  /**
   * The index in {@code file}, for the conversation {@code name}; null when it is missing,
   * unreadable or damaged, which is then rebuilt.
   */
  static TurnIndex open(Path file, String name, boolean bundled) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return new TurnIndex(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()), name, bundled);
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

  /** The turns, in reading order, whose folded text contains every one of the folded {@code terms}. */
  List<Found> find(List<String> terms) {
    List<String> folded = terms.stream().map(Fold::fold).filter(t -> !t.isEmpty()).toList();
    int[] candidates = null;
    for (String term : folded) {
      for (int i = 0; i < Math.max(1, term.length() - 1); i++) {
        int key = term.length() == 1 ? term.charAt(0) : gram(term.charAt(i), term.charAt(i + 1));
        int[] holding = postings(key);
        candidates = candidates == null ? holding : intersect(candidates, holding);
        if (candidates.length == 0) {
          return List.of();
        }
      }
    }
    List<Found> found = new ArrayList<>();
    for (int turn : candidates == null ? new int[0] : candidates) {
      String text = text(turn);
      String foldedText = Fold.fold(text);
      if (folded.stream().allMatch(foldedText::contains)) {
        buffer.position(turnMeta[turn]);
        found.add(new Found(string(), string(), string(), List.of(text.split("\n", -1))));
      }
    }
    return found;
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
        int[] turnsHolding = new int[to - from];
        for (int i = 0; i < turnsHolding.length; i++) {
          turnsHolding[i] = buffer.getInt(postings + 4 * (from + i));
        }
        return turnsHolding;
      }
    }
    return new int[0];
  }

  private static int[] intersect(int[] a, int[] b) {
    int[] both = new int[Math.min(a.length, b.length)];
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        both[n++] = a[i];
        i++;
        j++;
      }
    }
    return Arrays.copyOf(both, n);
  }

  private String text(int turn) {
    int from = buffer.getInt(textStarts + 4 * turn);
    int to = buffer.getInt(textStarts + 4 * turn + 4);
    char[] chars = new char[to - from];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = buffer.getChar(texts + 2 * (from + i));
    }
    return new String(chars);
  }

  private String string() {
    int length = count();
    byte[] bytes = new byte[length];
    buffer.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private int count() {
    int n = buffer.getInt();
    if (n < 0 || n > buffer.limit()) {
      throw new BufferUnderflowException();
    }
    return n;
  }

  /**
   * A pair's key; a single character's key is the character itself. Keys that meet (a pair
   * starting with U+FFFF) only widen the candidates, which each turn's text then settles.
   */
  private static int gram(char first, char second) {
    return (first + 1) << 16 | second;
  }

  /** The index of {@code corpus}, built from the file with {@code stamp}. */
  static byte[] build(Corpus corpus, Stamp stamp) throws IOException {
    List<Turn> all = corpus.turns();
    Map<Integer, List<Integer>> holding = new HashMap<>();
    for (int t = 0; t < all.size(); t++) {
      String folded = Fold.fold(all.get(t).text());
      for (int i = 0; i < folded.length(); i++) {
        add(holding, folded.charAt(i), t);
        if (i + 1 < folded.length()) {
          add(holding, gram(folded.charAt(i), folded.charAt(i + 1)), t);
        }
      }
    }
    int[] sorted = holding.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
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
    out.writeInt(sorted.length);
    for (int key : sorted) {
      out.writeInt(key);
    }
    int start = 0;
    for (int key : sorted) {
      out.writeInt(start);
      start += holding.get(key).size();
    }
    out.writeInt(start);
    for (int key : sorted) {
      for (int turn : holding.get(key)) {
        out.writeInt(turn);
      }
    }
    out.writeInt(all.size());
    int chars = 0;
    for (Turn turn : all) {
      out.writeInt(chars);
      chars += turn.text().length();
    }
    out.writeInt(chars);
    for (Turn turn : all) {
      write(out, turn.id());
      write(out, turn.section());
      write(out, turn.speaker());
    }
    for (Turn turn : all) {
      out.writeChars(turn.text());
    }
    out.flush();
    return bytes.toByteArray();
  }

  private static void add(Map<Integer, List<Integer>> holding, int key, int turn) {
    List<Integer> turns = holding.computeIfAbsent(key, k -> new ArrayList<>());
    if (turns.isEmpty() || turns.get(turns.size() - 1) != turn) {
      turns.add(turn);
    }
  }

  private static void write(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }
}
