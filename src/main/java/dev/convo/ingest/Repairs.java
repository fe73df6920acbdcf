package dev.convo.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made corrections for places where the Markdown conversion ate literal characters. Each names
 * its line and the exact text it replaces, so a repair that no longer fits the source fails loudly
 * instead of silently doing nothing.
 */
final class Repairs {
  record Repair(int line, String find, String replace, String why) {}

  private final List<Repair> repairs;

  private Repairs(List<Repair> repairs) {
    this.repairs = List.copyOf(repairs);
  }

  static Repairs none() {
    return new Repairs(List.of());
  }

  static Repairs parse(String json, String file) throws IngestException {
    List<Repair> repairs = new ArrayList<>();
    for (JsonInput repair : JsonInput.parse(json, file).field("repairs").items()) {
      repairs.add(new Repair(repair.field("line").wholeNumber(), repair.field("find").string(),
          repair.field("replace").string(), repair.field("why").string()));
    }
    return new Repairs(repairs);
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
