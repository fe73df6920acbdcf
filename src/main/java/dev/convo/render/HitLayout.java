package dev.convo.render;

import java.util.List;

/**
 * How search results are laid out: whole turns ({@code full}) or {@code context} characters either
 * side of each match, and the glossary forms also searched, which the formats people read name
 * above the results.
 */
public record HitLayout(boolean full, int context, List<String> also) {
  /** Characters of context either side of a match unless asked otherwise. */
  public static final int CONTEXT = 24;

  public HitLayout {
    also = List.copyOf(also);
  }

  /** The line that names what was also searched, or null when nothing was. */
  String alsoLine() {
    return also.isEmpty() ? null : "also: " + String.join(", ", also);
  }
}
