package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each speaker says, overall and per section. Characters are code points of the turns'
 * paragraphs; speakers appear in the corpus's order, every speaker in every section (zero if silent).
 */
public record Stats(Count total, Map<String, Count> bySpeaker, List<SectionStats> sections) {
  public Stats {
    bySpeaker = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySpeaker));
    sections = List.copyOf(sections);
  }

  public record Count(int turns, int chars) {
    public static final Count ZERO = new Count(0, 0);

    Count plus(Turn turn) {
      return new Count(turns + 1, chars + turn.length());
    }

    /** The two counts added up: of two conversations, say. */
    public Count plus(Count other) {
      return new Count(turns + other.turns, chars + other.chars);
    }
  }

  public record SectionStats(Section section, Count total, Map<String, Count> bySpeaker) {
    public SectionStats {
      bySpeaker = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySpeaker));
    }
  }

  public static Stats of(Corpus corpus) {
    Map<String, Count> bySpeaker = zeroes(corpus);
    Count total = Count.ZERO;
    List<SectionStats> sections = new ArrayList<>();
    for (Section section : corpus.sections()) {
      Map<String, Count> sectionBySpeaker = zeroes(corpus);
      Count sectionTotal = Count.ZERO;
      for (Turn turn : section.turns()) {
        sectionBySpeaker.put(turn.speaker(), sectionBySpeaker.get(turn.speaker()).plus(turn));
        bySpeaker.put(turn.speaker(), bySpeaker.get(turn.speaker()).plus(turn));
        sectionTotal = sectionTotal.plus(turn);
        total = total.plus(turn);
      }
      sections.add(new SectionStats(section, sectionTotal, sectionBySpeaker));
    }
    return new Stats(total, bySpeaker, sections);
  }

  private static Map<String, Count> zeroes(Corpus corpus) {
    Map<String, Count> counts = new LinkedHashMap<>();
    for (Speaker speaker : corpus.speakers()) {
      counts.put(speaker.id(), Count.ZERO);
    }
    return counts;
  }
}
