package dev.convo.render;

import dev.convo.text.Columns;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a number of terminal columns. Chinese may break between any two characters, except
 * before closing punctuation (，。」…) or after opening punctuation (「“), as Chinese typesetting
 * requires; Latin words break only at spaces unless a word is wider than the whole line. Marks
 * (key quote, search hit) are per char of the original text and survive the wrap: each line opens
 * and closes its own colours, so a pager or a hanging indent never inherits them.
 */
final class Layout {
  static final int KEY_QUOTE = 1;
  static final int HIT = 2;

  private static final String NO_BREAK_BEFORE = "，。、；：！？）」』”’》〉】…—,.;:!?)]}%";
  private static final String NO_BREAK_AFTER = "（「『“‘《〈【([{";

  private Layout() {}

  private record Cell(int cp, String glyph, int width, int mark) {}

  /** Lines of at most {@code width} columns; {@code marks} may be {@code null}. */
  static List<String> wrap(String text, int[] marks, int width, Palette palette) {
    List<Cell> cells = cells(text, marks);
    List<String> lines = new ArrayList<>();
    int n = cells.size();
    int lineStart = 0;
    while (lineStart <= n) {
      int col = 0;
      int lastBreak = -1;
      int i = lineStart;
      int cut = n;
      int next = n + 1;
      while (i < n) {
        Cell cell = cells.get(i);
        if (cell.cp == '\n') {
          cut = i;
          next = i + 1;
          break;
        }
        if (i > lineStart && canBreakBefore(cells, i)) {
          lastBreak = i;
        }
        if (col + cell.width > width && i > lineStart) {
          cut = lastBreak > lineStart ? lastBreak : i;
          next = cut;
          break;
        }
        col += cell.width;
        i++;
      }
      lines.add(render(cells, lineStart, trimEnd(cells, lineStart, cut), palette));
      if (next > n) {
        break;
      }
      lineStart = next;
      while (lineStart < n && cells.get(lineStart).cp == ' ' && cells.get(lineStart - 1).cp != '\n') {
        lineStart++;
      }
    }
    return lines;
  }

  private static List<Cell> cells(String text, int[] marks) {
    List<Cell> cells = new ArrayList<>(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int mark = marks == null ? 0 : marks[i];
      if (cp == '\t') {
        cells.add(new Cell(' ', " ", 1, mark));
      } else if (cp == '\n') {
        cells.add(new Cell('\n', "", 0, 0));
      } else if (Escape.isUnsafe(cp)) {
        String shown = Escape.shown(cp);
        cells.add(new Cell('?', shown, shown.length(), mark));
      } else {
        cells.add(new Cell(cp, new String(Character.toChars(cp)), Columns.of(cp), mark));
      }
      i += Character.charCount(cp);
    }
    return cells;
  }

  private static boolean canBreakBefore(List<Cell> cells, int i) {
    int prev = cells.get(i - 1).cp;
    int cur = cells.get(i).cp;
    if (cur == ' ') {
      return false;
    }
    if (prev == ' ') {
      return true;
    }
    if (NO_BREAK_BEFORE.indexOf(cur) >= 0 || NO_BREAK_AFTER.indexOf(prev) >= 0) {
      return false;
    }
    return Columns.isWide(prev) || Columns.isWide(cur);
  }

  private static int trimEnd(List<Cell> cells, int start, int end) {
    while (end > start && cells.get(end - 1).cp == ' ') {
      end--;
    }
    return end;
  }

  private static String render(List<Cell> cells, int start, int end, Palette palette) {
    StringBuilder line = new StringBuilder();
    int open = 0;
    for (int i = start; i < end; i++) {
      Cell cell = cells.get(i);
      if (cell.mark != open) {
        if (open != 0) {
          line.append(palette.reset());
        }
        line.append(palette.inline((cell.mark & KEY_QUOTE) != 0, (cell.mark & HIT) != 0));
        open = cell.mark;
      }
      line.append(cell.glyph);
    }
    if (open != 0) {
      line.append(palette.reset());
    }
    return line.toString();
  }
}
