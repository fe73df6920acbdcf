package dev.convo.render;

import dev.convo.text.Columns;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns aligned by display width (a Chinese title is as wide as its columns, not its chars).
 * Cells are escaped before they are measured; numbers are right-aligned; the last column is not
 * padded, so lines carry no trailing spaces.
 */
final class Table {
  private final List<String> header;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<List<String>> painted = new ArrayList<>();

  Table(List<String> header, boolean... numeric) {
    this.header = header.stream().map(Escape::line).toList();
    this.numeric = numeric;
  }

  /** A row: raw cells for measuring, and the same cells as they should be shown (coloured). */
  void row(List<String> raw, List<String> shown) {
    rows.add(raw.stream().map(Escape::line).toList());
    painted.add(shown);
  }

  void row(List<String> raw) {
    List<String> escaped = raw.stream().map(Escape::line).toList();
    rows.add(escaped);
    painted.add(escaped);
  }

  /** Columns the widest line takes. */
  int width() {
    int total = 0;
    for (int width : widths()) {
      total += width;
    }
    return total + 2 * (header.size() - 1);
  }

  /** Columns the widest cell of column {@code c} (or its header) takes. */
  int columnWidth(int c) {
    return widths()[c];
  }

  private int[] widths() {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Columns.of(header.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], Columns.of(row.get(c)));
      }
    }
    return widths;
  }

  List<String> lines(Palette palette) {
    int[] widths = widths();
    List<String> lines = new ArrayList<>();
    lines.add(palette.paint(Palette.Role.TITLE, layout(header, header, widths)));
    for (int r = 0; r < rows.size(); r++) {
      lines.add(layout(rows.get(r), painted.get(r), widths));
    }
    return lines;
  }

  private String layout(List<String> raw, List<String> shown, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      int missing = widths[c] - Columns.of(raw.get(c));
      boolean right = c < numeric.length && numeric[c];
      boolean last = c == widths.length - 1;
      if (right) {
        line.append(" ".repeat(missing)).append(shown.get(c));
      } else {
        line.append(shown.get(c));
        if (!last) {
          line.append(" ".repeat(missing));
        }
      }
    }
    return line.toString().stripTrailing();
  }
}
