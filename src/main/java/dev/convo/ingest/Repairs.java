package dev.convo.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
    try {
      JsonObject root = JsonParser.parseString(json).getAsJsonObject();
      JsonArray array = root.getAsJsonArray("repairs");
      List<Repair> repairs = new ArrayList<>();
      for (JsonElement element : array) {
        JsonObject o = element.getAsJsonObject();
        repairs.add(new Repair(o.get("line").getAsInt(), o.get("find").getAsString(),
            o.get("replace").getAsString(), o.get("why").getAsString()));
      }
      return new Repairs(repairs);
    } catch (RuntimeException e) {
      throw new IngestException(file + ": not a repairs file (" + e.getMessage() + ")");
    }
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
