package dev.convo.repl;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.text.Columns;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.Candidate;

/**
 * Completion candidates drawn from the corpus, each with a description a reader can choose by: a
 * topic's Chinese title, a section's title, the first words of a turn or a quote, a speaker's name.
 */
final class CorpusCandidates {
  /** Columns of a turn's or quote's opening words shown beside its id: enough to recognise it. */
  static final int GIST_COLUMNS = 30;

  private final Corpus corpus;
  private final Map<String, String> descriptions = new HashMap<>();

  CorpusCandidates(Corpus corpus) {
    this.corpus = corpus;
    corpus.speakers().forEach(s -> descriptions.put(s.id(), s.name()));
    corpus.sections().forEach(s -> descriptions.put(s.id(), s.title()));
    corpus.quotes().forEach(q -> descriptions.put(q.id(), gist(q.text())));
    corpus.topics().forEach(t -> {
      descriptions.put(t.slug(), t.titleZh());
      t.aliases().forEach(a -> descriptions.putIfAbsent(a, t.titleZh()));
    });
  }

  List<Candidate> topics() {
    List<Candidate> candidates = new ArrayList<>();
    int order = 0;
    for (Topic topic : corpus.topics()) {
      candidates.add(candidate(topic.slug(), "topics", topic.titleZh(), order));
      for (String alias : topic.aliases()) {
        candidates.add(candidate(alias, "topics", topic.titleZh(), order));
      }
      order++;
    }
    return candidates;
  }

  List<Candidate> sections() {
    List<Candidate> candidates = new ArrayList<>();
    int order = 0;
    for (Section section : corpus.sections()) {
      candidates.add(candidate(section.id(), "sections", section.title(), order++));
    }
    return candidates;
  }

  /**
   * The turns of the section named before the colon in {@code word} ({@code 7:} → {@code 7:1},
   * {@code 7:2} …), or none when the word names no section.
   */
  List<Candidate> turns(String word) {
    int colon = word.indexOf(':');
    if (colon < 0) {
      return List.of();
    }
    Optional<Section> section = corpus.section(word.substring(0, colon));
    if (section.isEmpty()) {
      return List.of();
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Turn turn : section.get().turns()) {
      String label = corpus.speaker(turn.speaker()).map(Speaker::label).orElse(turn.speaker());
      candidates.add(candidate(turn.id(), "turns", label + ": " + gist(turn.paragraphs().get(0)),
          turn.index()));
    }
    return candidates;
  }

  /** Sections, section slugs and topics; turns too once the word has a colon. */
  List<Candidate> refs(String word) {
    if (word.indexOf(':') >= 0) {
      return turns(word);
    }
    List<Candidate> candidates = new ArrayList<>(sections());
    int order = corpus.sections().size();
    for (Section section : corpus.sections()) {
      candidates.add(candidate(section.slug(), "sections", section.title(), order++));
    }
    candidates.addAll(topics());
    return candidates;
  }

  List<Candidate> quotes() {
    List<Candidate> candidates = new ArrayList<>();
    int order = 0;
    for (Quote quote : corpus.quotes()) {
      candidates.add(candidate(quote.id(), "quotes", gist(quote.text()), order++));
    }
    return candidates;
  }

  List<Candidate> speakers() {
    List<Candidate> candidates = new ArrayList<>();
    int order = 0;
    for (Speaker speaker : corpus.speakers()) {
      candidates.add(candidate(speaker.id(), "speakers", speaker.name(), order++));
    }
    return candidates;
  }

  /** A fixed value the command model lists (a format, a colour mode), described if the corpus knows it. */
  Candidate value(String value, int order) {
    return candidate(value, null, descriptions.get(value), order);
  }

  /** The start of {@code text} up to {@link #GIST_COLUMNS} terminal columns, CJK counting two. */
  static String gist(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (Columns.of(flat) <= GIST_COLUMNS) {
      return flat;
    }
    StringBuilder gist = new StringBuilder();
    int columns = 0;
    for (int i = 0; i < flat.length(); ) {
      int cp = flat.codePointAt(i);
      int width = Columns.of(cp);
      if (columns + width > GIST_COLUMNS - 1) {
        return gist.append('…').toString();
      }
      gist.appendCodePoint(cp);
      columns += width;
      i += Character.charCount(cp);
    }
    return gist.toString();
  }

  /**
   * Every candidate the corpus offers is made here, escaped: JLine would send an ESC or a bidi
   * override in an alias or a title to the terminal as it is.
   */
  private static Candidate candidate(String value, String group, String description, int order) {
    String shown = Escape.line(value);
    return new Candidate(shown, shown, group, description == null ? null : Escape.line(description), null,
        null, true, order);
  }
}
