package dev.convo.corpus;

import dev.convo.text.Escape;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a corpus's values must be: the patterns, lengths and bounds of data/corpus.schema.json, and
 * what a schema cannot state: ids unique, turn ids matching their place, every reference resolving
 * (turn → speaker, quote → turn and speaker, favourite → quote of the same rank, topic → sections)
 * and every quote's span holding exactly its text. Checked on the records, so that a corpus read
 * from a file and one {@code ingest} has just built meet the same rules; a failure names the JSON
 * path the value has in a corpus file.
 */
public final class CorpusRules {
  private static final String SPEAKERS = "$.metadata.speakers";
  private static final String FAVOURITES = "$.metadata.preface.favourites";
  private static final String SECTIONS = "$.sections";
  private static final String QUOTES = "$.quotes";
  private static final String TOPICS = "$.topics";
  private static final String GLOSSARY = "$.glossary";

  private final Corpus corpus;
  private final String name;

  private CorpusRules(Corpus corpus, String name) {
    this.corpus = corpus;
    this.name = name;
  }

  /** Checks {@code corpus}; {@code name} is how messages refer to it. */
  public static void check(Corpus corpus, String name) throws CorpusException {
    CorpusRules rules = new CorpusRules(corpus, name);
    rules.metadata(corpus.metadata());
    rules.sections();
    rules.quotes();
    rules.favourites(corpus.metadata().preface().favourites());
    rules.topics();
    rules.glossary();
  }

  private void metadata(Metadata metadata) throws CorpusException {
    text(metadata.title(), "$.metadata", -1, ".title");
    String sha256 = metadata.source().sha256();
    if (sha256 != null && !isSha256(sha256)) {
      throw fail("'" + Escape.excerpt(sha256) + "' is not a SHA-256 digest (64 lowercase"
          + " hexadecimal digits), at $.metadata.source.sha256");
    }
    List<Speaker> speakers = metadata.speakers();
    if (speakers.isEmpty()) {
      throw fail("a corpus needs at least one speaker, at $.metadata.speakers");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < speakers.size(); i++) {
      Speaker speaker = speakers.get(i);
      id(speaker.id(), SPEAKERS, i, ".id");
      if (!ids.add(speaker.id())) {
        throw fail("duplicate speaker id '" + speaker.id() + "', at " + path(SPEAKERS, i, ".id"));
      }
      text(speaker.name(), SPEAKERS, i, ".name");
      text(speaker.label(), SPEAKERS, i, ".label");
    }
  }

  private static boolean isSha256(String value) {
    if (value.length() != 64) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private void sections() throws CorpusException {
    List<Section> sections = corpus.sections();
    if (sections.isEmpty()) {
      throw fail("a corpus needs at least one section, at $.sections");
    }
    Set<String> ids = new HashSet<>();
    int seq = 0;
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      id(section.id(), SECTIONS, i, ".id");
      if (section.id().indexOf(':') >= 0) {
        throw fail("section id '" + section.id() + "' has a colon, which separates a turn's section"
            + " from its number, at " + path(SECTIONS, i, ".id"));
      }
      if (!ids.add(section.id())) {
        throw fail("duplicate section id '" + section.id() + "', at " + path(SECTIONS, i, ".id"));
      }
      id(section.slug(), SECTIONS, i, ".slug");
      if (section.number() != null) {
        atLeast(1, section.number(), SECTIONS, i, ".number");
      }
      text(section.title(), SECTIONS, i, ".title");
      text(section.titleEn(), SECTIONS, i, ".titleEn");
      // Turn ids are their section's id and their index, and section ids are unique and free of
      // colons: so turn ids are unique too.
      String turns = path(SECTIONS, i, ".turns");
      for (int j = 0; j < section.turns().size(); j++) {
        turn(section.turns().get(j), section.id(), j + 1, ++seq, turns);
      }
    }
  }

  /** Checks the turn at {@code index} (from 1) of {@code section}, listed in {@code turns}. */
  private void turn(Turn turn, String section, int index, int seq, String turns) throws CorpusException {
    int at = index - 1;
    id(turn.id(), turns, at, ".id");
    if (!isTurnId(turn.id(), section, index)) {
      throw fail("turn id '" + turn.id() + "' should be '" + section + ":" + index + "', at "
          + path(turns, at, ".id"));
    }
    if (!turn.section().equals(section) || turn.index() != index || turn.seq() != seq) {
      throw fail("turn " + turn.id() + " is numbered as turn " + turn.section() + ":" + turn.index()
          + " (" + turn.seq() + " of the interview) but is " + section + ":" + index + " (" + seq
          + "), at " + path(turns, at, ""));
    }
    id(turn.speaker(), turns, at, ".speaker");
    if (corpus.speaker(turn.speaker()).isEmpty()) {
      throw fail("unknown speaker '" + turn.speaker() + "', at " + path(turns, at, ".speaker"));
    }
    if (turn.time() != null) {
      atLeast(0, turn.time(), turns, at, ".time");
    }
    List<String> paragraphs = turn.paragraphs();
    if (paragraphs.isEmpty()) {
      throw fail("a turn needs paragraphs with text, at " + path(turns, at, ".paragraphs"));
    }
    for (int k = 0; k < paragraphs.size(); k++) {
      if (paragraphs.get(k).isBlank()) {
        throw fail("a paragraph without text, at " + path(turns, at, ".paragraphs[" + k + "]"));
      }
    }
  }

  /** Whether {@code id} is {@code section:index}, without building that string for every turn. */
  private static boolean isTurnId(String id, String section, int index) {
    int colon = section.length();
    if (id.length() <= colon + 1 || !id.startsWith(section) || id.charAt(colon) != ':'
        || id.charAt(colon + 1) == '0') {
      return false;
    }
    int value = 0;
    for (int i = colon + 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9' || value > index) {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    return value == index;
  }

  private void quotes() throws CorpusException {
    List<Quote> quotes = corpus.quotes();
    Set<String> slugs = new HashSet<>();
    for (Topic topic : corpus.topics()) {
      slugs.add(topic.slug());
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      id(q.id(), QUOTES, i, ".id");
      if (!ids.add(q.id())) {
        throw fail("duplicate quote id '" + q.id() + "', at " + path(QUOTES, i, ".id"));
      }
      id(q.turn(), QUOTES, i, ".turn");
      Turn turn = corpus.turn(q.turn()).orElse(null);
      if (turn == null) {
        throw fail("quote refers to unknown turn '" + q.turn() + "', at " + path(QUOTES, i, ".turn"));
      }
      if (!turn.section().equals(q.section())) {
        throw fail("quote is filed under section '" + q.section() + "' but its turn is in section '"
            + turn.section() + "', at " + path(QUOTES, i, ""));
      }
      id(q.speaker(), QUOTES, i, ".speaker");
      if (!q.speaker().equals(turn.speaker())) {
        throw fail("quote speaker '" + q.speaker() + "' is not the turn's speaker '"
            + turn.speaker() + "', at " + path(QUOTES, i, ".speaker"));
      }
      atLeast(0, q.paragraph(), QUOTES, i, ".paragraph");
      atLeast(0, q.start(), QUOTES, i, ".start");
      atLeast(1, q.end(), QUOTES, i, ".end");
      text(q.text(), QUOTES, i, ".text");
      if (q.editorRank() != null) {
        atLeast(1, q.editorRank(), QUOTES, i, ".editorRank");
      }
      span(q, turn, i);
      if (!q.origin().equals(Quote.BOLD) && !q.origin().equals(Quote.EDITOR) && !q.origin().equals(Quote.CURATED)) {
        throw fail("origin '" + Escape.excerpt(q.origin()) + "' is not bold, editor or curated, at "
            + path(QUOTES, i, ".origin"));
      }
      for (int j = 0; j < q.topics().size(); j++) {
        if (!slugs.contains(q.topics().get(j))) {
          throw fail("quote refers to unknown topic '" + Escape.excerpt(q.topics().get(j)) + "', at "
              + path(QUOTES, i, ".topics[" + j + "]"));
        }
      }
    }
  }


  private void span(Quote q, Turn turn, int i) throws CorpusException {
    if (q.paragraph() >= turn.paragraphs().size()) {
      throw fail("turn " + q.turn() + " has no paragraph " + q.paragraph() + ", at "
          + path(QUOTES, i, ".paragraph"));
    }
    String paragraph = turn.paragraphs().get(q.paragraph());
    int length = paragraph.codePointCount(0, paragraph.length());
    if (q.start() >= q.end() || q.end() > length) {
      throw fail("quote span " + q.start() + "-" + q.end() + " lies outside its paragraph, at "
          + path(QUOTES, i, ""));
    }
    String span = paragraph.substring(paragraph.offsetByCodePoints(0, q.start()),
        paragraph.offsetByCodePoints(0, q.end()));
    if (!span.equals(q.text())) {
      throw fail("quote text differs from the turn's text at its span, at " + path(QUOTES, i, ".text"));
    }
  }

  private void favourites(List<Favourite> favourites) throws CorpusException {
    for (int i = 0; i < favourites.size(); i++) {
      Favourite favourite = favourites.get(i);
      atLeast(1, favourite.rank(), FAVOURITES, i, ".rank");
      text(favourite.text(), FAVOURITES, i, ".text");
      id(favourite.quote(), FAVOURITES, i, ".quote");
      Quote quote = corpus.quote(favourite.quote()).orElse(null);
      if (quote == null) {
        throw fail("favourite refers to unknown quote '" + favourite.quote() + "', at "
            + path(FAVOURITES, i, ".quote"));
      }
      if (!Integer.valueOf(favourite.rank()).equals(quote.editorRank())) {
        throw fail("favourite rank " + favourite.rank() + " differs from quote " + quote.id()
            + "'s editorRank, at " + path(FAVOURITES, i, ".rank"));
      }
    }
  }

  private void topics() throws CorpusException {
    List<Topic> topics = corpus.topics();
    Set<String> slugs = new HashSet<>();
    for (int i = 0; i < topics.size(); i++) {
      Topic topic = topics.get(i);
      id(topic.slug(), TOPICS, i, ".slug");
      if (!slugs.add(topic.slug())) {
        throw fail("duplicate topic slug '" + topic.slug() + "', at " + path(TOPICS, i, ".slug"));
      }
      text(topic.title(), TOPICS, i, ".title");
      text(topic.titleZh(), TOPICS, i, ".titleZh");
      texts(topic.aliases(), i, ".aliases");
      // Section ids are ids, so a section that exists is named by a valid id.
      for (int j = 0; j < topic.sections().size(); j++) {
        if (corpus.section(topic.sections().get(j)).isEmpty()) {
          throw fail("topic refers to unknown section '" + topic.sections().get(j) + "', at "
              + path(TOPICS, i, ".sections[" + j + "]"));
        }
      }
      texts(topic.keywords(), i, ".keywords");
      for (int j = 0; j < topic.turns().size(); j++) {
        if (corpus.turn(topic.turns().get(j)).isEmpty()) {
          throw fail("topic refers to unknown turn '" + Escape.excerpt(topic.turns().get(j)) + "', at "
              + path(TOPICS, i, ".turns[" + j + "]"));
        }
      }
      texts(topic.names(), i, ".names");
      if (topic.sections().isEmpty() && topic.keywords().isEmpty() && topic.turns().isEmpty()) {
        throw fail("topic '" + topic.slug() + "' names no sections, keywords or turns, at "
            + path(TOPICS, i, ""));
      }
    }
  }

  private void glossary() throws CorpusException {
    List<GlossaryEntry> glossary = corpus.glossary();
    for (int i = 0; i < glossary.size(); i++) {
      GlossaryEntry entry = glossary.get(i);
      if (entry.forms().isEmpty()) {
        throw fail("a glossary entry needs at least one form the text uses, at " + path(GLOSSARY, i, ".forms"));
      }
      texts(entry.words(), GLOSSARY, i, ".words");
      texts(entry.forms(), GLOSSARY, i, ".forms");
    }
  }

  /**
   * The path of {@code field} in element {@code index} of the array at {@code array}, or of the
   * object at {@code array} itself when {@code index} is -1. Made only for a message: the checks
   * run for every value of the corpus on every start-up.
   */
  private static String path(String array, int index, String field) {
    return index < 0 ? array + field : array + "[" + index + "]" + field;
  }

  private void id(String value, String array, int index, String field) throws CorpusException {
    if (!Ids.isId(value)) {
      throw fail("'" + Escape.excerpt(value) + "' is not a valid id, at "
          + path(array, index, field));
    }
  }

  private void text(String value, String array, int index, String field) throws CorpusException {
    if (value.isEmpty()) {
      throw fail("expected text but found an empty string, at " + path(array, index, field));
    }
  }

  /** Checks the strings of list {@code field} of topic {@code topic}. */
  private void texts(List<String> values, int topic, String field) throws CorpusException {
    texts(values, TOPICS, topic, field);
  }

  /** Checks the strings of list {@code field} of element {@code index} of {@code array}. */
  private void texts(List<String> values, String array, int index, String field) throws CorpusException {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isEmpty()) {
        throw fail("expected text but found an empty string, at "
            + path(array, index, field + "[" + i + "]"));
      }
    }
  }

  private void atLeast(int minimum, int value, String array, int index, String field)
      throws CorpusException {
    if (value < minimum) {
      throw fail("expected a number ≥ " + minimum + " but found " + value + ", at "
          + path(array, index, field));
    }
  }

  private CorpusException fail(String what) {
    return new CorpusException(name + ": " + what);
  }
}
