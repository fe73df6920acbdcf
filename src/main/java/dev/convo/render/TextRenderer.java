package dev.convo.render;

import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.query.Conversation;
import dev.convo.query.Hit;
import dev.convo.query.Stats;
import dev.convo.query.TopicView;
import dev.convo.render.Palette.Role;
import dev.convo.text.Columns;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * For people at a terminal: wrapped to the screen's width with Chinese counted as two columns, each
 * turn under a coloured speaker label with a hanging indent, key quotes and search hits emphasised.
 */
final class TextRenderer extends LayoutRenderer {
  private static final String RULE = "─";
  /** The rule above a conversation's part of a list of several: a level above a section's. */
  private static final String DOUBLE_RULE = "═";
  /** Ten Chinese characters: fewer beside a hanging indent read worse than a line of their own. */
  private static final int MIN_TEXT_COLUMNS = 20;

  private final View view;
  private final Palette palette;
  private final TextTables tables;

  TextRenderer(View view, Sink sink) {
    super(view, sink);
    this.view = view;
    this.palette = view.palette();
    this.tables = new TextTables(view, sink);
  }

  @Override
  public void sections(Stats stats) {
    conversationHeading();
    tables.sections(stats);
  }

  @Override
  public void stats(Stats stats) {
    conversationHeading();
    tables.stats(stats);
  }

  @Override
  public void library(Map<String, Stats.Count> totals) {
    sink.line();
    sink.line(rule(DOUBLE_RULE, "library · " + plural(totals.size(), "conversation")));
    sink.line();
    tables.library(totals);
  }

  @Override
  public void conversations(List<Conversation> conversations, boolean single) {
    tables.conversations(conversations);
  }

  @Override
  public void topics(List<TopicView> topics) {
    conversationHeading();
    for (int i = 0; i < topics.size(); i++) {
      if (i > 0) {
        sink.line();
      }
      TopicView topicView = topics.get(i);
      Topic topic = topicView.topic();
      String slug = Escape.controls(view.id(topic.slug()));
      String title = Escape.controls(View.titles(topic.title(), topic.titleZh(), " · ", ""));
      if (Columns.of(slug) + 2 + Columns.of(title) <= view.width()) {
        sink.line(palette.paint(Role.TITLE, slug) + "  " + title);
      } else {
        for (String line : Layout.wrap(slug, null, view.width(), Palette.none())) {
          sink.line(palette.paint(Role.TITLE, line));
        }
        for (String line : Layout.wrap(title, null, view.width() - 2, Palette.none())) {
          sink.line("  " + line);
        }
      }
      if (!topic.aliases().isEmpty()) {
        indented("also: " + String.join(", ", topic.aliases()), 2, Role.DIM);
      }
      indented(coverage(topicView), 2, Role.DIM);
      sink.endRecord();
    }
  }

  @Override
  public void topic(TopicView topicView) {
    conversationHeading();
    Topic topic = topicView.topic();
    sink.line(rule(RULE, View.titles(topic.title(), topic.titleZh(), " · ", "")));
    if (!topic.aliases().isEmpty()) {
      indented("also: " + String.join(", ", topic.aliases()), 0, Role.DIM);
    }
    indented(coverage(topicView), 0, Role.DIM);
    if (!topicView.quotes().isEmpty()) {
      sink.line();
      sink.line(palette.paint(Role.TITLE, "Quotes"));
      for (Quote quote : topicView.quotes()) {
        sink.line();
        quote(quote);
      }
    }
    sink.endRecord();
    if (!topicView.turns().isEmpty()) {
      sink.line();
      dialogue(topicView.turns(), null, topicView::why);
    }
  }

  @Override
  public void hits(List<Hit> hits, HitLayout layout) {
    int idWidth = idWidth(hits.stream().map(Hit::turn).toList());
    if (layout.alsoLine() != null && !hits.isEmpty() && view.part().first()) {
      indented(Escape.controls(layout.alsoLine()), 0, Role.DIM);
      sink.line();
    }
    for (int i = 0; i < hits.size(); i++) {
      if (i > 0 || !view.part().first()) {
        sink.line();
      }
      Hit hit = hits.get(i);
      Turn turn = hit.turn();
      String who = palette.paint(Role.ID, Columns.pad(stamp(turn), idWidth)) + " "
          + view.speakerLabel(turn.speaker());
      String title = Escape.controls(view.sectionTitle(turn.section()));
      int whoWidth = idWidth + 1 + Columns.of(Escape.controls(view.speaker(turn.speaker()).label()));
      if (whoWidth + 2 + Columns.of(title) <= view.width()) {
        sink.line(who + "  " + palette.paint(Role.DIM, title));
      } else {
        sink.line(who);
        indented(title, 2, Role.DIM);
      }
      if (layout.full()) {
        for (int p = 0; p < turn.paragraphs().size(); p++) {
          block(turn.paragraphs().get(p), view.marks(turn, p, hit.matches()), 2);
        }
      } else {
        for (Snippets.Window window : Snippets.of(hit, layout.context())) {
          String text = Snippets.text(turn, window);
          block(text, Snippets.marks(window, text, view.marks(turn, window.paragraph(), hit.matches())), 2);
        }
      }
      sink.endRecord();
    }
  }

  @Override
  public void count(int turns) {
    sink.line(Integer.toString(turns));
  }

  @Override
  public void ids(List<Hit> hits) {
    for (Hit hit : hits) {
      sink.line(Escape.line(view.id(hit.turn().id())));
      sink.endRecord();
    }
  }


  @Override
  void quote(Quote quote) {
    String text = "“" + quote.text() + "”";
    int[] emphasis = new int[text.length()];
    java.util.Arrays.fill(emphasis, Layout.KEY_QUOTE);
    List<String> lines = Layout.wrap(text, emphasis, view.width() - 1, palette);
    for (int i = 0; i < lines.size(); i++) {
      sink.line((i == 0 ? "" : " ") + lines.get(i));
    }
    StringBuilder source = new StringBuilder()
        .append(" · ").append(view.sectionTitle(quote.section()))
        .append(" · ").append(view.id(quote.turn()))
        .append(" · ").append(view.id(quote.id()));
    if (quote.editorRank() != null) {
      source.append(" · editor's #").append(quote.editorRank());
    }
    String name = Escape.controls(view.speaker(quote.speaker()).name());
    List<String> attribution = Layout.wrap("— " + name + source, null, view.width() - 2, Palette.none());
    for (int i = 0; i < attribution.size(); i++) {
      String line = attribution.get(i);
      if (i == 0 && line.startsWith("— " + name)) {
        line = palette.speaker(view.speakerIndex(quote.speaker()), "— " + name)
            + palette.paint(Role.ATTRIBUTION, line.substring(name.length() + 2));
      } else {
        line = palette.paint(Role.ATTRIBUTION, line);
      }
      sink.line("  " + line);
    }
  }


  @Override
  void dialogue(List<Turn> turns, String after) {
    dialogue(turns, after, turn -> null);
  }

  /** Like {@link #dialogue(List, String)}, each turn followed by {@code why} it is shown, if any. */
  private void dialogue(List<Turn> turns, String after, Function<Turn, String> why) {
    int idWidth = idWidth(turns);
    String section = after;
    for (Turn turn : turns) {
      if (!turn.section().equals(section)) {
        if (section != null) {
          sink.line();
        }
        Section s = view.section(turn.section());
        sink.line(rule(RULE, View.number(s) + " · " + View.titles(s.title(), s.titleEn(), " · ", "")));
        section = turn.section();
      }
      sink.line();
      turn(turn, idWidth, why.apply(turn));
      sink.endTurn(turn);
    }
  }

  private void block(String text, int[] marks, int indent) {
    for (String line : Layout.wrap(text, marks, view.width() - indent, palette)) {
      sink.line(" ".repeat(indent) + line);
    }
  }

  /**
   * A turn under its id and speaker label, with a hanging indent; on a screen too narrow to leave
   * the text {@link #MIN_TEXT_COLUMNS} beside them, the label takes a line and the text the whole width.
   */
  private void turn(Turn turn, int idWidth, String why) {
    int labelWidth = labelWidth();
    int indent = idWidth + 1 + labelWidth + 2;
    String prefix;
    if (view.width() - indent >= MIN_TEXT_COLUMNS) {
      String label = view.speakerLabel(turn.speaker())
          + " ".repeat(Math.max(0, labelWidth - Columns.of(view.speaker(turn.speaker()).label())));
      prefix = palette.paint(Role.ID, Columns.padLeft(stamp(turn), idWidth)) + " " + label + "  ";
    } else {
      sink.line(palette.paint(Role.ID, stamp(turn)) + " " + view.speakerLabel(turn.speaker()));
      prefix = "";
      indent = 0;
    }
    boolean first = true;
    for (int p = 0; p < turn.paragraphs().size(); p++) {
      if (p > 0) {
        sink.line();
      }
      List<String> lines = Layout.wrap(turn.paragraphs().get(p), view.marks(turn, p, List.of()),
          view.width() - indent, palette);
      for (String line : lines) {
        sink.line((first ? prefix : " ".repeat(indent)) + line);
        first = false;
      }
    }
    if (why != null) {
      indented("why: " + why, indent, Role.DIM);
    }
  }

  private int idWidth(List<Turn> turns) {
    int width = 0;
    for (Turn turn : turns) {
      width = Math.max(width, Columns.of(stamp(turn)));
    }
    return width;
  }

  /** A turn's id, and when it starts where the transcript gives that: {@code 2:3 01:02:03}. */
  private String stamp(Turn turn) {
    String id = view.id(turn.id());
    return turn.time() == null ? id : id + " " + turn.clock();
  }

  private int labelWidth() {
    int width = 0;
    for (Speaker speaker : view.corpus().speakers()) {
      width = Math.max(width, Columns.of(Escape.controls(speaker.label())));
    }
    return width;
  }

  private String coverage(TopicView topicView) {
    Topic topic = topicView.topic();
    List<String> parts = new ArrayList<>();
    if (!topic.sections().isEmpty()) {
      parts.add((topic.sections().size() == 1 ? "section " : "sections ")
          + String.join(", ", topic.sections()));
    }
    if (!topic.keywords().isEmpty()) {
      parts.add("keywords " + String.join(", ", topic.keywords()));
    }
    parts.add(plural(topicView.turns().size(), "turn"));
    parts.add(plural(topicView.quotes().size(), "quote"));
    return String.join(" · ", parts);
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Above one conversation's part of a list of several: its name and title under a rule of its own;
   * the parts after the first are set off by a blank line.
   */
  private void conversationHeading() {
    if (!view.qualified()) {
      return;
    }
    if (!view.part().first()) {
      sink.line();
    }
    sink.line(rule(DOUBLE_RULE, view.conversation() + " · " + view.corpus().metadata().title()));
    sink.line();
  }

  /** A heading: {@code ── title ─────} across the screen, wrapped if the screen is too narrow. */
  private String rule(String rule, String title) {
    List<String> lines = Layout.wrap(rule + rule + " " + title, null, view.width(), Palette.none());
    int last = lines.size() - 1;
    int fill = view.width() - Columns.of(lines.get(last)) - 1;
    if (fill >= 2) {
      lines.set(last, lines.get(last) + " " + rule.repeat(fill));
    }
    return String.join("\n", lines.stream().map(l -> palette.paint(Role.HEADING, l)).toList());
  }

  private void indented(String text, int indent, Role role) {
    for (String line : Layout.wrap(text, null, view.width() - indent, Palette.none())) {
      sink.line(" ".repeat(indent) + palette.paint(role, line));
    }
  }
}
