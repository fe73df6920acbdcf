package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Section;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves what a reader asks to see: {@code all}, a section ({@code 7}, {@code 1a}), a turn
 * ({@code 7:3}), a range of turns ({@code 7:3-6}, or across sections {@code 7:19-8:2}; any dash
 * will do), a section slug ({@code q-star}) or any topic name.
 */
public final class Refs {
  private static final char MINUS_SIGN = '\u2212';

  private final Corpus corpus;

  public Refs(Corpus corpus) {
    this.corpus = corpus;
  }

  /** The turns named by all {@code refs}, in the order asked for. */
  public List<Turn> resolve(List<String> refs) throws QueryException {
    List<Turn> turns = new ArrayList<>();
    for (String ref : refs) {
      turns.addAll(resolve(ref));
    }
    return turns;
  }

  public List<Turn> resolve(String ref) throws QueryException {
    String folded = Fold.fold(ref.strip());
    if (folded.equals("all")) {
      return corpus.turns();
    }
    Optional<Section> section = section(folded);
    if (section.isPresent()) {
      return section.get().turns();
    }
    int colon = folded.indexOf(':');
    if (colon > 0) {
      return range(ref, folded);
    }
    for (Section s : corpus.sections()) {
      if (Fold.key(s.slug()).equals(Fold.key(folded))) {
        return s.turns();
      }
    }
    Topics topics = new Topics(corpus);
    Optional<Topic> topic = topics.find(ref);
    if (topic.isPresent()) {
      return topics.view(topic.get()).turns();
    }
    List<String> close = topics.suggestions(ref);
    throw new QueryException("unknown reference " + Escape.quoted(ref)
        + (close.isEmpty()
            ? " (expected a section such as 7, a turn such as 7:3, a range such as 7:3-6,"
                + " a slug or 'all')"
            : " — did you mean: " + String.join(", ", close) + "?"));
  }

  private Optional<Section> section(String folded) {
    Optional<Section> section = corpus.section(folded.toLowerCase(Locale.ROOT));
    if (section.isPresent()) {
      return section;
    }
    for (Section s : corpus.sections()) {
      if (s.id().equalsIgnoreCase(folded)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private List<Turn> range(String ref, String folded) throws QueryException {
    String hyphenated = hyphens(folded);
    int dash = hyphenated.indexOf('-', hyphenated.indexOf(':'));
    String first = dash < 0 ? hyphenated : hyphenated.substring(0, dash);
    Turn from = turn(ref, first);
    if (dash < 0) {
      return List.of(from);
    }
    String last = hyphenated.substring(dash + 1);
    Turn to = last.contains(":") ? turn(ref, last) : turn(ref, from.section() + ":" + last);
    if (to.seq() < from.seq()) {
      throw new QueryException("range " + Escape.quoted(ref) + " ends before it starts");
    }
    return corpus.turns().subList(from.seq() - 1, to.seq());
  }

  /**
   * The text with every dash a hyphen: editors and keyboards turn 7:3-6 into 7:3–6 (an en dash),
   * typographers into an em dash, Chinese text into a wave dash (7:3〜6).
   */
  private static String hyphens(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(Character.getType(c) == Character.DASH_PUNCTUATION || c == MINUS_SIGN ? '-' : c);
    }
    return out.toString();
  }

  private Turn turn(String ref, String id) throws QueryException {
    int colon = id.indexOf(':');
    String sectionId = id.substring(0, colon);
    String index = id.substring(colon + 1);
    Optional<Section> found = section(sectionId);
    if (found.isEmpty()) {
      throw new QueryException("no section " + Escape.quoted(sectionId) + " in " + Escape.quoted(ref)
          + " (sections: " + sectionIds() + ")");
    }
    Section section = found.get();
    if (!digits(index, 6)) {
      throw new QueryException("bad turn number " + Escape.quoted(index) + " in " + Escape.quoted(ref)
          + " (expected a reference such as 7:3 or 7:3-6)");
    }
    int n = Integer.parseInt(index);
    if (n < 1 || n > section.turns().size()) {
      throw new QueryException("no turn " + section.id() + ":" + n + " (section " + section.id()
          + " has turns " + section.id() + ":1-" + section.turns().size() + ")");
    }
    return section.turns().get(n - 1);
  }

  private String sectionIds() {
    List<String> ids = new ArrayList<>();
    for (Section section : corpus.sections()) {
      ids.add(section.id());
    }
    return String.join(", ", ids);
  }

  /**
   * Whether {@code text} is 1 to {@code most} ASCII digits. Not a regular expression: one with a
   * character class is built from lambdas, and the first lambda of a process costs milliseconds.
   */
  private static boolean digits(String text, int most) {
    if (text.isEmpty() || text.length() > most) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
