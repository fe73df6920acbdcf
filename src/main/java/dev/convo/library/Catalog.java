package dev.convo.library;

import dev.convo.ingest.AtomicFile;
import dev.convo.query.Conversation;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the index of every added conversation says of it, in one file beside them: a draw across
 * the library and {@code library list} then read one file, not one index per conversation. Each
 * entry keeps the stamp of the corpus file its index was built from, so that a catalog that no
 * longer matches the library's files is seen to be stale, and made again from the indexes.
 *
 * <p>Layout, big-endian: magic, version, the entry count, and per entry its name, the stamp (two
 * longs), title, language, speakers (a count and names), sections, turns and quotes. A string is
 * written as the index writes one ({@link SearchIndexWriter#write}).
 */
final class Catalog {
  private static final int MAGIC = 0x43564354; // "CVCT"
  private static final int VERSION = 2;

  /** One conversation: the stamp of its corpus file and what {@code library list} shows of it. */
  record Entry(SearchIndex.Stamp stamp, Conversation summary) {}

  private Catalog() {}

  /** The entries in {@code file}, by name in the order written; null when it is missing or damaged. */
  static Map<String, Entry> read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      Fields in = new Fields(Files.readAllBytes(file));
      if (in.integer() != MAGIC || in.integer() != VERSION) {
        return null;
      }
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (int n = in.count(); n > 0; n--) {
        String name = in.string();
        SearchIndex.Stamp stamp = new SearchIndex.Stamp(in.longInteger(), in.longInteger());
        String title = in.string();
        String language = in.string();
        List<String> speakers = in.strings();
        entries.put(name, new Entry(stamp, new Conversation(name, title, language, speakers, in.number(),
            in.number(), in.number(), false)));
      }
      return in.atEnd() ? entries : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Writes {@code entries} to {@code file}, whole or not at all. */
  static void write(Path file, Map<String, Entry> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(entries.size());
    for (Entry entry : entries.values()) {
      Conversation summary = entry.summary();
      SearchIndexWriter.write(out, summary.name());
      out.writeLong(entry.stamp().size());
      out.writeLong(entry.stamp().modified());
      SearchIndexWriter.write(out, summary.title());
      SearchIndexWriter.write(out, summary.language());
      out.writeInt(summary.speakers().size());
      for (String speaker : summary.speakers()) {
        SearchIndexWriter.write(out, speaker);
      }
      out.writeInt(summary.sections());
      out.writeInt(summary.turns());
      out.writeInt(summary.quotes());
    }
    out.flush();
    AtomicFile.write(file, sink -> sink.write(bytes.toByteArray()));
  }
}
