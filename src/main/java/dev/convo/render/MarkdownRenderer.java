package dev.convo.render;

import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.query.Conversation;
import dev.convo.query.Hit;
import dev.convo.query.Match;
import dev.convo.query.Stats;
import dev.convo.query.TopicView;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ready to paste into a document: quotes as attributed blockquotes, dialogue as
 * {@code **Name：** text} paragraphs (an ASCII colon in English) under section headings, key quotes in bold as the source set
 * them, tables for lists. Markdown's own characters in the text (the * of Q*) are escaped.
 */
final class MarkdownRenderer extends LayoutRenderer {
  private static final String SPECIAL = "\\`*_[]<>|#";

  private final View view;
  /** Chinese and Japanese punctuation is full-width ({@code **Lex Fridman：**}), English ASCII. */
  private final String colon;
  private final String beforeSection;
  private final String afterSection;

  MarkdownRenderer(View view, Sink sink) {
    super(view, sink);
    this.view = view;
    String language = view.corpus().metadata().language();
    boolean fullWidth = language.startsWith("zh") || language.startsWith("ja");
    this.colon = fullWidth ? "：" : ":";
    this.beforeSection = fullWidth ? "（" : " (";
    this.afterSection = fullWidth ? "）：" : "): ";
  }

  @Override
  public void sections(Stats stats) {
    conversationHeading();
    sectionTable(stats);
  }

  private void sectionTable(Stats stats) {
    List<String> header = new ArrayList<>(List.of("ID", "No.", "Title", "English title", "Turns"));
    for (Speaker speaker : view.corpus().speakers()) {
      header.add(speaker.label() + " chars");
    }
    tableHeader(header);
    for (Stats.SectionStats row : stats.sections()) {
      Section s = row.section();
      List<String> cells = new ArrayList<>(List.of(view.id(s.id()), s.number() == null ? "" : s.number().toString(),
          s.title(), s.titleEn(), Integer.toString(row.total().turns())));
      row.bySpeaker().values().forEach(c -> cells.add(Integer.toString(c.chars())));
      tableRow(cells);
    }
    sink.endRecord();
  }

  @Override
  public void conversations(List<Conversation> conversations, boolean single) {
    tableHeader(List.of("Name", "Title", "Speakers", "Sections", "Turns", "Quotes"));
    for (Conversation c : conversations) {
      tableRow(List.of(c.name(), c.title(), String.join(", ", c.speakers()), Integer.toString(c.sections()),
          Integer.toString(c.turns()), Integer.toString(c.quotes())));
    }
    sink.endRecord();
  }

  @Override
  public void topics(List<TopicView> topics) {
    conversationHeading();
    tableHeader(List.of("Topic", "Title", "中文", "Also", "Turns", "Quotes"));
    for (TopicView view : topics) {
      Topic topic = view.topic();
      tableRow(List.of(this.view.id(topic.slug()), topic.title(), topic.titleZh(), String.join(", ", topic.aliases()),
          Integer.toString(view.turns().size()), Integer.toString(view.quotes().size())));
    }
    sink.endRecord();
  }

  @Override
  public void topic(TopicView topic) {
    conversationHeading();
    sink.line("# " + escape(View.titles(topic.topic().title(), topic.topic().titleZh(), " · ", "")));
    if (!topic.quotes().isEmpty()) {
      sink.line();
      sink.line("## Quotes");
      for (Quote quote : topic.quotes()) {
        sink.line();
        quote(quote);
      }
    }
    if (!topic.turns().isEmpty()) {
      sink.line();
      dialogue(topic.turns(), null);
    }
    sink.endRecord();
  }

  @Override
  public void hits(List<Hit> hits, HitLayout layout) {
    boolean full = layout.full();
    if (layout.alsoLine() != null && !hits.isEmpty() && view.part().first()) {
      sink.line("*" + escape(layout.alsoLine()) + "*");
      sink.line();
    }
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      Turn turn = hit.turn();
      if (i > 0 || !view.part().first()) {
        sink.line();
      }
      if (full) {
        sink.line("### " + escape(view.id(turn.id()) + " · " + view.sectionTitle(turn.section())));
        sink.line();
        paragraphs(turn, hit.matches());
      } else {
        Snippets.Joined snippets = Snippets.joined(hit, layout.context());
        sink.line("- **" + escape(view.id(turn.id())) + "** " + escape(view.speaker(turn.speaker()).name())
            + beforeSection + escape(view.sectionTitle(turn.section())) + afterSection
            + marked(snippets.text(), snippets.marks(), Layout.HIT));
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
      sink.line("- " + escape(view.id(hit.turn().id())));
      sink.endRecord();
    }
  }

  @Override
  public void stats(Stats stats) {
    conversationHeading();
    sink.line("## Speakers");
    sink.line();
    tableHeader(List.of("Speaker", "Turns", "Chars"));
    for (var entry : stats.bySpeaker().entrySet()) {
      tableRow(List.of(view.speaker(entry.getKey()).name(), Integer.toString(entry.getValue().turns()),
          Integer.toString(entry.getValue().chars())));
    }
    tableRow(List.of("Total", Integer.toString(stats.total().turns()),
        Integer.toString(stats.total().chars())));
    sink.line();
    sink.line("## Sections");
    sink.line();
    sectionTable(stats);
  }

  @Override
  public void library(Map<String, Stats.Count> totals) {
    sink.line();
    sink.line("# Library");
    sink.line();
    tableHeader(List.of("Conversation", "Turns", "Chars"));
    Stats.Count sum = Stats.Count.ZERO;
    for (var entry : totals.entrySet()) {
      tableRow(List.of(entry.getKey(), Integer.toString(entry.getValue().turns()),
          Integer.toString(entry.getValue().chars())));
      sum = sum.plus(entry.getValue());
    }
    tableRow(List.of("Total", Integer.toString(sum.turns()), Integer.toString(sum.chars())));
    sink.endRecord();
  }

  /**
   * Above one conversation's part of a list of several, its name and title; the parts after the
   * first are set off by a blank line.
   */
  private void conversationHeading() {
    if (!view.qualified()) {
      return;
    }
    if (!view.part().first()) {
      sink.line();
    }
    sink.line("# " + escape(view.conversation() + " · " + view.corpus().metadata().title()));
    sink.line();
  }

  @Override
  void quote(Quote quote) {
    sink.line("> " + escape(quote.text()));
    sink.line(">");
    sink.line("> — **" + escape(view.speaker(quote.speaker()).name()) + "**, "
        + escape(view.sectionTitle(quote.section())) + " (" + escape(view.id(quote.turn())) + ")");
  }

  @Override
  void dialogue(List<Turn> turns, String after) {
    String section = after;
    for (Turn turn : turns) {
      if (!turn.section().equals(section)) {
        if (section != null) {
          sink.line();
        }
        Section s = view.section(turn.section());
        sink.line("## " + escape(View.number(s) + ". " + View.titles(s.title(), s.titleEn(), " — ", "")));
        sink.line();
        section = turn.section();
      } else {
        sink.line();
      }
      paragraphs(turn, List.of());
      sink.endTurn(turn);
    }
  }

  private void paragraphs(Turn turn, List<Match> matches) {
    String name = escape(view.speaker(turn.speaker()).name());
    for (int p = 0; p < turn.paragraphs().size(); p++) {
      if (p > 0) {
        sink.line();
      }
      int[] marks = view.marks(turn, p, matches);
      int wanted = matches.isEmpty() ? Layout.KEY_QUOTE : Layout.HIT;
      String text = marked(turn.paragraphs().get(p), marks, wanted);
      sink.line(p == 0 ? "**" + name + colon + "** " + text : text);
    }
  }

  /** The text with the runs that carry {@code mark} in bold. */
  private static String marked(String text, int[] marks, int mark) {
    StringBuilder out = new StringBuilder();
    boolean bold = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean want = (marks[i] & mark) != 0;
      if (want != bold) {
        out.append("**");
        bold = want;
      }
      out.append(escape(new String(Character.toChars(cp))));
      i += Character.charCount(cp);
    }
    if (bold) {
      out.append("**");
    }
    return out.toString();
  }

  private void tableHeader(List<String> header) {
    tableRow(header);
    sink.line("|" + "---|".repeat(header.size()));
  }

  private void tableRow(List<String> cells) {
    sink.line("| " + String.join(" | ", cells.stream().map(MarkdownRenderer::escape).toList()) + " |");
  }

  static String escape(String text) {
    String safe = Escape.line(text);
    StringBuilder out = new StringBuilder(safe.length());
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
