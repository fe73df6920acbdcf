package dev.convo.render;

import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.query.Conversation;
import dev.convo.query.Stats;
import dev.convo.render.Palette.Role;
import dev.convo.text.Columns;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables of the text format: the table of contents ({@code sections}) and the statistics with
 * their bars. Each fits the screen by giving up columns, the English titles first, then a column
 * per speaker, then the length of the titles.
 */
final class TextTables {
  private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  private static final int BAR_COLUMNS = 24;
  /** A title shortened further than this says too little to be worth its column. */
  private static final int MIN_TITLE_COLUMNS = 6;

  private final View view;
  private final Sink sink;
  private final Palette palette;

  TextTables(View view, Sink sink) {
    this.view = view;
    this.sink = sink;
    this.palette = view.palette();
  }

  /** The library: a row per conversation; the titles shortened as far as the screen requires. */
  void conversations(List<Conversation> conversations) {
    Table table = conversationTable(conversations, Integer.MAX_VALUE);
    if (table.width() > view.width()) {
      int title = table.columnWidth(1) - (table.width() - view.width());
      table = conversationTable(conversations, Math.max(MIN_TITLE_COLUMNS, title));
    }
    table.lines(palette).forEach(sink::line);
    sink.endRecord();
  }

  private Table conversationTable(List<Conversation> conversations, int titleColumns) {
    Table table = new Table(List.of("NAME", "TITLE", "SPEAKERS", "SECTIONS", "TURNS", "QUOTES"),
        false, false, false, true, true, true);
    for (Conversation c : conversations) {
      List<String> raw = List.of(c.name(), Columns.shorten(c.title(), titleColumns),
          String.join(", ", c.speakers()), Integer.toString(c.sections()), Integer.toString(c.turns()),
          Integer.toString(c.quotes()));
      List<String> shown = new ArrayList<>(raw.stream().map(Escape::line).toList());
      shown.set(0, palette.paint(Role.TITLE, shown.get(0)));
      table.row(raw, shown);
    }
    return table;
  }

  void sections(Stats stats) {
    Table table = sectionTable(stats, true);
    if (table.width() > view.width()) {
      table = sectionTable(stats, false);
    }
    if (table.width() > view.width()) {
      table = compactSectionsFitting(stats, view.width());
    }
    table.lines(palette).forEach(sink::line);
    sink.endRecord();
  }

  /** The table of contents; without the English titles when the screen is too narrow for them. */
  private Table sectionTable(Stats stats, boolean english) {
    List<String> header = new ArrayList<>(List.of("ID", "NO", "TITLE"));
    if (english) {
      header.add("ENGLISH TITLE");
    }
    header.add("TURNS");
    for (Speaker speaker : view.corpus().speakers()) {
      header.add(speaker.label().toUpperCase(Locale.ROOT) + " CHARS");
    }
    boolean[] numeric = new boolean[header.size()];
    for (int c = header.indexOf("TURNS"); c < numeric.length; c++) {
      numeric[c] = true;
    }
    Table table = new Table(header, numeric);
    for (Stats.SectionStats row : stats.sections()) {
      Section s = row.section();
      List<String> raw = new ArrayList<>(List.of(view.id(s.id()), s.number() == null ? "" : s.number().toString(),
          s.title()));
      if (english) {
        raw.add(s.titleEn());
      }
      raw.add(Integer.toString(row.total().turns()));
      row.bySpeaker().values().forEach(count -> raw.add(Integer.toString(count.chars())));
      table.row(raw, withId(raw));
    }
    return table;
  }

  /**
   * Sections on a screen too narrow for a column per speaker: id, title, turns and characters, the
   * titles shortened as far as the screen's {@code columns} require.
   */
  private Table compactSectionsFitting(Stats stats, int columns) {
    Table table = compactSections(stats, Integer.MAX_VALUE);
    int over = table.width() - columns;
    if (over <= 0) {
      return table;
    }
    table = compactSections(stats, Math.max(MIN_TITLE_COLUMNS, table.columnWidth(1) - over));
    // Ids named by a conversation can leave no room even for a short title: the ids come first.
    return table.width() <= columns ? table : compactSections(stats, 0);
  }

  /** The compact table with every title in at most {@code titleColumns}; none at all for 0. */
  private Table compactSections(Stats stats, int titleColumns) {
    Table table = titleColumns == 0 ? new Table(List.of("ID", "TURNS", "CHARS"), false, true, true)
        : new Table(List.of("ID", "TITLE", "TURNS", "CHARS"), false, false, true, true);
    for (Stats.SectionStats row : stats.sections()) {
      List<String> raw = new ArrayList<>(List.of(view.id(row.section().id()),
          Integer.toString(row.total().turns()), Integer.toString(row.total().chars())));
      if (titleColumns > 0) {
        raw.add(1, Columns.shorten(Escape.line(row.section().title()), titleColumns));
      }
      table.row(raw, withId(raw));
    }
    return table;
  }

  /** A row's cells as shown: the id dimmed. */
  private List<String> withId(List<String> raw) {
    List<String> shown = new ArrayList<>(raw.stream().map(Escape::line).toList());
    shown.set(0, palette.paint(Role.ID, shown.get(0)));
    return shown;
  }

  void stats(Stats stats) {
    Table speakers = new Table(List.of("SPEAKER", "TURNS", "CHARS"), false, true, true);
    for (var entry : stats.bySpeaker().entrySet()) {
      Speaker speaker = view.speaker(entry.getKey());
      Stats.Count count = entry.getValue();
      List<String> raw = List.of(speaker.name(), Integer.toString(count.turns()),
          Integer.toString(count.chars()));
      speakers.row(raw, List.of(palette.speaker(view.speakerIndex(speaker.id()),
          Escape.controls(speaker.name())), raw.get(1), raw.get(2)));
    }
    speakers.row(List.of("Total", Integer.toString(stats.total().turns()),
        Integer.toString(stats.total().chars())));
    int max = stats.bySpeaker().values().stream().mapToInt(Stats.Count::chars).max().orElse(0);
    List<String> speakerBars = new ArrayList<>();
    for (var entry : stats.bySpeaker().entrySet()) {
      speakerBars.add(palette.speaker(view.speakerIndex(entry.getKey()),
          bar(entry.getValue().chars(), max, barColumns(speakers))));
    }
    speakerBars.add("");
    withBars(speakers.lines(palette), speakerBars);
    sink.line();

    Table sections = statsSections(stats);
    if (sections.width() > view.width()) {
      sections = compactSectionsFitting(stats, view.width());
    }
    int sectionMax = stats.sections().stream().mapToInt(r -> r.total().chars()).max().orElse(0);
    List<String> sectionBars = new ArrayList<>();
    for (Stats.SectionStats row : stats.sections()) {
      sectionBars.add(palette.paint(Role.BAR, bar(row.total().chars(), sectionMax, barColumns(sections))));
    }
    withBars(sections.lines(palette), sectionBars);
    sink.endRecord();
  }

  /** A row per conversation, its turns, characters and a bar, then their sum. */
  void library(Map<String, Stats.Count> totals) {
    Table table = new Table(List.of("CONVERSATION", "TURNS", "CHARS"), false, true, true);
    Stats.Count sum = Stats.Count.ZERO;
    for (var entry : totals.entrySet()) {
      List<String> raw = List.of(entry.getKey(), Integer.toString(entry.getValue().turns()),
          Integer.toString(entry.getValue().chars()));
      table.row(raw, List.of(palette.paint(Role.TITLE, raw.get(0)), raw.get(1), raw.get(2)));
      sum = sum.plus(entry.getValue());
    }
    table.row(List.of("Total", Integer.toString(sum.turns()), Integer.toString(sum.chars())));
    int max = totals.values().stream().mapToInt(Stats.Count::chars).max().orElse(0);
    List<String> bars = new ArrayList<>();
    for (Stats.Count count : totals.values()) {
      bars.add(palette.paint(Role.BAR, bar(count.chars(), max, barColumns(table))));
    }
    bars.add("");
    withBars(table.lines(palette), bars);
    sink.endRecord();
  }

  /** Per section: title, turns and characters per speaker. */
  private Table statsSections(Stats stats) {
    List<String> header = new ArrayList<>(List.of("SECTION", "TITLE", "TURNS"));
    for (Speaker speaker : view.corpus().speakers()) {
      header.add(speaker.label().toUpperCase(Locale.ROOT) + " CHARS");
    }
    boolean[] numeric = new boolean[header.size()];
    for (int c = 2; c < numeric.length; c++) {
      numeric[c] = true;
    }
    Table sections = new Table(header, numeric);
    for (Stats.SectionStats row : stats.sections()) {
      List<String> raw = new ArrayList<>(List.of(view.id(row.section().id()), row.section().title(),
          Integer.toString(row.total().turns())));
      row.bySpeaker().values().forEach(count -> raw.add(Integer.toString(count.chars())));
      sections.row(raw, withId(raw));
    }
    return sections;
  }

  /** Bars fill what the table leaves of the screen, up to {@link #BAR_COLUMNS}. */
  private int barColumns(Table table) {
    return Math.max(0, Math.min(BAR_COLUMNS, view.width() - table.width() - 2));
  }

  private void withBars(List<String> lines, List<String> bars) {
    sink.line(lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      String bar = bars.get(i - 1);
      sink.line(bar.isEmpty() ? lines.get(i) : lines.get(i) + "  " + bar);
    }
  }

  private static String bar(int value, int max, int columns) {
    if (max == 0 || columns == 0) {
      return "";
    }
    int eighths = (int) Math.round((double) value * columns * 8 / max);
    if (value > 0 && eighths == 0) {
      eighths = 1;
    }
    return "█".repeat(eighths / 8) + EIGHTHS[eighths % 8];
  }
}
