package dev.convo.render;

import java.util.Locale;
import java.util.Optional;

/** The output formats; their names, in lower case, are what users type after {@code --format}. */
public enum Format {
  TEXT, PLAIN, TSV, JSON, JSONL, MARKDOWN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Format> byId(String id) {
    for (Format format : values()) {
      if (format.id().equalsIgnoreCase(id.strip())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
