package dev.convo.ingest;

import dev.convo.corpus.CorpusException;
import dev.convo.corpus.StrictJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made corrections for places where the Markdown conversion ate literal characters. Each names
 * its line and the exact text it replaces, so a repair that no longer fits the source fails loudly
 * instead of silently doing nothing.
 */
final class Repairs {
  /** {@code source} names the file the repairs were made for, for the people who review them. */
  private static final String[] ROOT = {"repairs", "source"};
  private static final String[] REPAIR = {"line", "find", "replace", "why"};

  record Repair(int line, String find, String replace, String why) {}

  private final List<Repair> repairs;

  private Repairs(List<Repair> repairs) {
    this.repairs = List.copyOf(repairs);
  }

  static Repairs none() {
    return new Repairs(List.of());
  }

  static Repairs parse(String json, String file) throws IngestException {
    return new Repairs(ReviewedJson.read(json, file, Repairs::root));
  }

  private static List<Repair> root(StrictJson json) throws IOException, CorpusException {
    List<Repair> repairs = new ArrayList<>();
    json.beginObject(ROOT, 1);
    for (String field; (field = json.nextField()) != null; ) {
      if (field.equals("repairs")) {
        json.beginArray();
        while (json.hasNext()) {
          repairs.add(repair(json));
        }
        json.endArray();
      } else {
        json.string();
      }
    }
    json.endObject();
    return repairs;
  }

  private static Repair repair(StrictJson json) throws IOException, CorpusException {
    int line = 0;
    String find = null;
    String replace = null;
    String why = null;
    json.beginObject(REPAIR);
    for (String field; (field = json.nextField()) != null; ) {
      switch (field) {
        case "line" -> line = json.wholeNumber();
        case "find" -> find = json.string();
        case "replace" -> replace = json.string();
        default -> why = json.string();
      }
    }
    json.endObject();
    return new Repair(line, find, replace, why);
  }

  List<Repair> list() {
    return repairs;
  }

  /** Applies every repair to {@code lines} (1-based line numbers) in place. */
  void apply(List<String> lines, String file) throws IngestException {
    for (Repair repair : repairs) {
      if (repair.line() < 1 || repair.line() > lines.size()) {
        throw new IngestException(file + ":" + repair.line() + ": repair points past the end of the file");
      }
      String line = lines.get(repair.line() - 1);
      int at = line.indexOf(repair.find());
      if (at < 0 || line.indexOf(repair.find(), at + 1) >= 0) {
        throw new IngestException(file + ":" + repair.line() + ": repair text '" + repair.find()
            + "' does not occur exactly once on this line");
      }
      lines.set(repair.line() - 1, line.replace(repair.find(), repair.replace()));
    }
  }
}
