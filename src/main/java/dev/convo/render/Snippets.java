package dev.convo.render;

import dev.convo.corpus.Turn;
import dev.convo.query.Hit;
import dev.convo.query.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * Context windows around search matches: a number of characters either side, windows that touch
 * merged, at most {@link #MAX_WINDOWS} per turn, an ellipsis wherever the text was cut.
 */
final class Snippets {
  static final int MAX_WINDOWS = 3;
  /** One char, which {@link #joined} relies on. */
  static final String ELLIPSIS = "…";

  private Snippets() {}

  /** One window: chars {@code start}–{@code end} of a paragraph and the matches inside it. */
  record Window(int paragraph, int start, int end, List<Match> matches, boolean cutBefore,
      boolean cutAfter) {}

  static List<Window> of(Hit hit, int context) {
    Turn turn = hit.turn();
    List<Window> windows = new ArrayList<>();
    for (Match match : hit.matches()) {
      String text = turn.paragraphs().get(match.paragraph());
      int start = back(text, match.start(), context);
      Window last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      boolean merges = last != null && last.paragraph() == match.paragraph() && start <= last.end();
      if (!merges && windows.size() == MAX_WINDOWS) {
        continue;
      }
      int end = forward(text, match.end(), context);
      if (merges) {
        List<Match> matches = new ArrayList<>(last.matches());
        matches.add(match);
        int merged = Math.max(end, last.end());
        windows.set(windows.size() - 1, new Window(last.paragraph(), last.start(), merged, matches,
            last.cutBefore(), merged < text.length()));
      } else {
        windows.add(new Window(match.paragraph(), start, end, List.of(match), start > 0,
            end < text.length()));
      }
    }
    return windows;
  }

  /** The window's text with ellipses, and the char offsets of its matches within that text. */
  static String text(Turn turn, Window window) {
    String paragraph = turn.paragraphs().get(window.paragraph());
    return (window.cutBefore() ? ELLIPSIS : "") + paragraph.substring(window.start(), window.end())
        + (window.cutAfter() ? ELLIPSIS : "");
  }

  /** Hit marks over {@link #text}, for {@link Layout}. */
  static int[] marks(Window window, String text) {
    int[] marks = new int[text.length()];
    int shift = (window.cutBefore() ? ELLIPSIS.length() : 0) - window.start();
    for (Match match : window.matches()) {
      for (int i = match.start(); i < match.end(); i++) {
        marks[i + shift] |= Layout.HIT;
      }
    }
    return marks;
  }

  /** {@code paragraphMarks} (marks of the whole paragraph) cut to the window, over {@link #text}. */
  static int[] marks(Window window, String text, int[] paragraphMarks) {
    int[] marks = new int[text.length()];
    int shift = window.cutBefore() ? ELLIPSIS.length() : 0;
    System.arraycopy(paragraphMarks, window.start(), marks, shift, window.end() - window.start());
    return marks;
  }

  /** All windows of a hit as one line: marks as in {@link #marks}, one ellipsis between windows. */
  record Joined(String text, int[] marks) {}

  static Joined joined(Hit hit, int context) {
    StringBuilder text = new StringBuilder();
    List<int[]> parts = new ArrayList<>();
    join(hit, context, text, parts);
    int[] all = new int[text.length()];
    int at = 0;
    for (int[] marks : parts) {
      System.arraycopy(marks, 0, all, at, marks.length);
      at += marks.length;
    }
    return new Joined(text.toString(), all);
  }

  /** The text of {@link #joined} alone, for output that marks no match. */
  static String joinedText(Hit hit, int context) {
    StringBuilder text = new StringBuilder();
    join(hit, context, text, null);
    return text.toString();
  }

  /** Appends the windows of {@code hit} to {@code text}, and their marks to {@code parts} unless it is null. */
  private static void join(Hit hit, int context, StringBuilder text, List<int[]> parts) {
    char ellipsis = ELLIPSIS.charAt(0);
    for (Window window : of(hit, context)) {
      String part = text(hit.turn(), window);
      int[] marks = parts == null ? null : marks(window, part);
      if (text.length() > 0) {
        boolean ellipsisBefore = text.charAt(text.length() - 1) == ellipsis;
        if (ellipsisBefore && part.startsWith(ELLIPSIS)) {
          part = part.substring(1);
          marks = marks == null ? null : java.util.Arrays.copyOfRange(marks, 1, marks.length);
        } else if (!ellipsisBefore && !part.startsWith(ELLIPSIS)) {
          text.append(' ');
          if (parts != null) {
            parts.add(new int[1]);
          }
        }
      }
      text.append(part);
      if (parts != null) {
        parts.add(marks);
      }
    }
  }

  /** The offset {@code codePoints} code points before {@code from}, or 0. */
  private static int back(String text, int from, int codePoints) {
    int at = from;
    for (int i = 0; i < codePoints && at > 0; i++) {
      at--;
      if (at > 0 && Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))) {
        at--;
      }
    }
    return at;
  }

  /** The offset {@code codePoints} code points after {@code from}, or the end. */
  private static int forward(String text, int from, int codePoints) {
    int at = from;
    for (int i = 0; i < codePoints && at < text.length(); i++) {
      at++;
      if (at < text.length() && Character.isLowSurrogate(text.charAt(at))
          && Character.isHighSurrogate(text.charAt(at - 1))) {
        at++;
      }
    }
    return at;
  }
}
