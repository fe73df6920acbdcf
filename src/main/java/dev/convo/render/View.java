package dev.convo.render;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Turn;
import dev.convo.query.Match;
import dev.convo.text.Escape;
import java.util.List;

/**
 * What every renderer needs besides the records: the corpus (for names and titles), the palette,
 * the width of the terminal in columns; the name of the conversation of the library the corpus is
 * (null for a corpus read alone), whether ids are qualified by it (more than one is in play), and
 * the part of the output this is.
 */
public record View(Corpus corpus, Palette palette, int width, String conversation, boolean qualified, Part part) {
  /**
   * The narrowest screen the text layout fits: a turn's id and speaker label (10:18 Sam) on a
   * line of their own. Narrower screens are laid out as if they were this wide.
   */
  public static final int MIN_WIDTH = 10;

  public View {
    width = Math.max(MIN_WIDTH, width);
  }

  /** The view of one corpus, the whole output. */
  public View(Corpus corpus, Palette palette, int width) {
    this(corpus, palette, width, null, false, Part.WHOLE);
  }

  /** A turn's or quote's {@code id} as printed: {@code altman-2024/7:3} where ids are qualified. */
  String id(String id) {
    return qualified ? conversation + "/" + id : id;
  }

  Speaker speaker(String id) {
    return corpus.speaker(id).orElse(new Speaker(id, id, id));
  }

  int speakerIndex(String id) {
    List<Speaker> speakers = corpus.speakers();
    for (int i = 0; i < speakers.size(); i++) {
      if (speakers.get(i).id().equals(id)) {
        return i;
      }
    }
    return speakers.size();
  }

  String speakerLabel(String id) {
    return palette.speaker(speakerIndex(id), Escape.controls(speaker(id).label()));
  }

  Section section(String id) {
    return corpus.section(id).orElseThrow();
  }

  String sectionTitle(String id) {
    return section(id).title();
  }

  /**
   * A title and its other form ({@code before + other + after}), or the title alone where the two
   * are the same: a transcript ingested without curated topics has no translated titles.
   */
  static String titles(String title, String other, String before, String after) {
    return other == null || other.isEmpty() || other.equals(title) ? title : title + before + other + after;
  }

  /** The section's number as printed in the source, or its id for an unnumbered sub-section. */
  static String number(Section section) {
    return section.number() == null ? section.id() : section.number().toString();
  }

  static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Marks the key quotes of {@code turn}'s paragraph {@code p}, chars offsets as {@link Layout} wants. */
  int[] marks(Turn turn, int p, List<Match> hits) {
    String paragraph = turn.paragraphs().get(p);
    int[] marks = new int[paragraph.length()];
    for (Quote quote : corpus.quotesIn(turn)) {
      if (quote.paragraph() == p && quote.editorsChoice()) {
        int start = paragraph.offsetByCodePoints(0, quote.start());
        int end = paragraph.offsetByCodePoints(0, quote.end());
        for (int i = start; i < end; i++) {
          marks[i] |= Layout.KEY_QUOTE;
        }
      }
    }
    for (Match hit : hits) {
      if (hit.paragraph() == p) {
        for (int i = hit.start(); i < hit.end(); i++) {
          marks[i] |= Layout.HIT;
        }
      }
    }
    return marks;
  }
}
