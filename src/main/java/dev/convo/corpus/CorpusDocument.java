package dev.convo.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus document read into records, in one pass and with fields in any order. Only its shape
 * is checked here (the fields of every object, the type of every value, the format version); what
 * the values must be is {@link CorpusRules}', for records read and records built alike.
 */
final class CorpusDocument {
  private static final String[] ROOT = {"schema", "metadata", "sections", "quotes", "topics", "glossary"};
  private static final String[] METADATA = {"title", "language", "source", "speakers", "preface"};
  private static final String[] SOURCE =
      {"file", "sha256", "author", "published", "place", "url", "transcriptUrl", "coverImage"};
  private static final String[] SPEAKER = {"id", "name", "label"};
  private static final String[] PREFACE = {"paragraphs", "favourites"};
  private static final String[] FAVOURITE = {"rank", "text", "quote"};
  private static final String[] SECTION = {"id", "slug", "number", "title", "titleEn", "turns"};
  private static final String[] TURN = {"id", "speaker", "paragraphs", "time"};
  /** A turn may lack its time, the last field: only some transcripts give one. */
  private static final int TURN_REQUIRED = 3;
  private static final String[] QUOTE = {"id", "turn", "speaker", "paragraph", "start", "end", "text",
      "emphasised", "editorRank", "editorText", "origin", "topics"};
  private static final String[] TOPIC =
      {"slug", "title", "titleZh", "aliases", "sections", "keywords", "turns", "names"};
  private static final String[] GLOSSARY_ENTRY = {"words", "forms"};

  private final JsonSource json;
  /** Turns read so far, for numbering them over the whole interview. */
  private int seq;

  private CorpusDocument(JsonSource json) {
    this.json = json;
  }

  /** The corpus in {@code json}, which then has to end. */
  static Corpus read(JsonSource json) throws IOException, CorpusException {
    CorpusDocument document = new CorpusDocument(json);
    Corpus corpus = document.corpus();
    json.endDocument();
    return corpus;
  }

  private Corpus corpus() throws IOException, CorpusException {
    Metadata metadata = null;
    List<Section> sections = null;
    List<Quote> quotes = null;
    List<Topic> topics = null;
    List<GlossaryEntry> glossary = null;
    json.beginObject(ROOT);
    for (String field; (field = json.nextField()) != null; ) {
      switch (field) {
        case "schema" -> version();
        case "metadata" -> metadata = metadata();
        case "sections" -> sections = sections();
        case "quotes" -> quotes = quotes();
        case "topics" -> topics = topics();
        case "glossary" -> glossary = glossary();
      }
    }
    json.endObject();
    return new Corpus(metadata, sections, quotes, topics, glossary);
  }

  private void version() throws IOException, CorpusException {
    int version = json.integer();
    if (version != Corpus.SCHEMA_VERSION) {
      throw json.fail("schema version " + version + " is not supported (expected "
          + Corpus.SCHEMA_VERSION + "), at " + json.path());
    }
  }

  private Metadata metadata() throws IOException, CorpusException {
    String title = null;
    String language = null;
    Source source = null;
    List<Speaker> speakers = null;
    Preface preface = null;
    json.beginObject(METADATA);
    for (String field; (field = json.nextField()) != null; ) {
      switch (field) {
        case "title" -> title = json.string();
        case "language" -> language = json.string();
        case "source" -> source = source();
        case "speakers" -> speakers = speakers();
        case "preface" -> preface = preface();
      }
    }
    json.endObject();
    return new Metadata(title, language, source, speakers, preface);
  }

  private Source source() throws IOException, CorpusException {
    String[] values = new String[SOURCE.length];
    json.beginObject(SOURCE);
    for (String field; (field = json.nextField()) != null; ) {
      values[indexOf(SOURCE, field)] = json.optionalString();
    }
    json.endObject();
    return new Source(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
        values[7]);
  }

  private static int indexOf(String[] names, String name) {
    int i = 0;
    while (names[i] != name) {
      i++;
    }
    return i;
  }

  private List<Speaker> speakers() throws IOException, CorpusException {
    List<Speaker> speakers = new ArrayList<>();
    json.beginArray();
    while (json.hasNext()) {
      String id = null;
      String name = null;
      String label = null;
      json.beginObject(SPEAKER);
      for (String field; (field = json.nextField()) != null; ) {
        switch (field) {
          case "id" -> id = json.string();
          case "name" -> name = json.string();
          case "label" -> label = json.string();
        }
      }
      json.endObject();
      speakers.add(new Speaker(id, name, label));
    }
    json.endArray();
    return speakers;
  }

  private Preface preface() throws IOException, CorpusException {
    List<String> paragraphs = null;
    List<Favourite> favourites = null;
    json.beginObject(PREFACE);
    for (String field; (field = json.nextField()) != null; ) {
      switch (field) {
        case "paragraphs" -> paragraphs = json.strings();
        case "favourites" -> favourites = favourites();
      }
    }
    json.endObject();
    return new Preface(paragraphs, favourites);
  }

  private List<Favourite> favourites() throws IOException, CorpusException {
    List<Favourite> favourites = new ArrayList<>();
    json.beginArray();
    while (json.hasNext()) {
      int rank = 0;
      String text = null;
      String quote = null;
      json.beginObject(FAVOURITE);
      for (String field; (field = json.nextField()) != null; ) {
        switch (field) {
          case "rank" -> rank = json.integer();
          case "text" -> text = json.string();
          case "quote" -> quote = json.string();
        }
      }
      json.endObject();
      favourites.add(new Favourite(rank, text, quote));
    }
    json.endArray();
    return favourites;
  }

  private List<Section> sections() throws IOException, CorpusException {
    List<Section> sections = new ArrayList<>();
    json.beginArray();
    while (json.hasNext()) {
      String id = null;
      String slug = null;
      Integer number = null;
      String title = null;
      String titleEn = null;
      List<ReadTurn> turns = null;
      json.beginObject(SECTION);
      for (String field; (field = json.nextField()) != null; ) {
        switch (field) {
          case "id" -> id = json.string();
          case "slug" -> slug = json.string();
          case "number" -> number = json.optionalInteger();
          case "title" -> title = json.string();
          case "titleEn" -> titleEn = json.string();
          case "turns" -> turns = turns();
        }
      }
      json.endObject();
      sections.add(new Section(id, slug, number, title, titleEn, numbered(turns, id)));
    }
    json.endArray();
    return sections;
  }

  /** A turn as written: its section and place are known only once the whole section is read. */
  private record ReadTurn(String id, String speaker, List<String> paragraphs, Integer time) {}

  private List<ReadTurn> turns() throws IOException, CorpusException {
    List<ReadTurn> turns = new ArrayList<>();
    json.beginArray();
    while (json.hasNext()) {
      String id = null;
      String speaker = null;
      List<String> paragraphs = null;
      Integer time = null;
      json.beginObject(TURN, TURN_REQUIRED);
      for (String field; (field = json.nextField()) != null; ) {
        switch (field) {
          case "id" -> id = json.string();
          case "speaker" -> speaker = json.string();
          case "paragraphs" -> paragraphs = json.strings();
          case "time" -> time = json.integer();
        }
      }
      json.endObject();
      turns.add(new ReadTurn(id, speaker, paragraphs, time));
    }
    json.endArray();
    return turns;
  }

  private List<Turn> numbered(List<ReadTurn> read, String section) {
    List<Turn> turns = new ArrayList<>(read.size());
    for (ReadTurn turn : read) {
      turns.add(new Turn(turn.id(), section, turns.size() + 1, ++seq, turn.speaker(), turn.paragraphs(),
          turn.time()));
    }
    return turns;
  }

  private List<Quote> quotes() throws IOException, CorpusException {
    List<Quote> quotes = new ArrayList<>();
    json.beginArray();
    while (json.hasNext()) {
      String id = null;
      String turn = null;
      String speaker = null;
      int paragraph = 0;
      int start = 0;
      int end = 0;
      String text = null;
      boolean emphasised = false;
      Integer rank = null;
      String editorText = null;
      String origin = null;
      List<String> topics = null;
      json.beginObject(QUOTE);
      for (String field; (field = json.nextField()) != null; ) {
        switch (field) {
          case "id" -> id = json.string();
          case "turn" -> turn = json.string();
          case "speaker" -> speaker = json.string();
          case "paragraph" -> paragraph = json.integer();
          case "start" -> start = json.integer();
          case "end" -> end = json.integer();
          case "text" -> text = json.string();
          case "emphasised" -> emphasised = json.bool();
          case "editorRank" -> rank = json.optionalInteger();
          case "editorText" -> editorText = json.optionalString();
          case "origin" -> origin = json.string();
          case "topics" -> topics = json.strings();
        }
      }
      json.endObject();
      quotes.add(new Quote(id, turn, sectionOf(turn), speaker, paragraph, start, end, text, emphasised,
          rank, editorText, origin, topics));
    }
    json.endArray();
    return quotes;
  }

  /**
   * The section a turn id names ({@code 7} of {@code 7:3}), or {@code null} for what is no turn id;
   * {@link CorpusRules} then checks that the turn exists and is in that section.
   */
  private static String sectionOf(String turn) {
    int colon = turn.lastIndexOf(':');
    return colon < 0 ? null : turn.substring(0, colon);
  }

  private List<Topic> topics() throws IOException, CorpusException {
    List<Topic> topics = new ArrayList<>();
    json.beginArray();
    while (json.hasNext()) {
      String slug = null;
      String title = null;
      String titleZh = null;
      List<String> aliases = null;
      List<String> sections = null;
      List<String> keywords = null;
      List<String> turns = null;
      List<String> names = null;
      json.beginObject(TOPIC);
      for (String field; (field = json.nextField()) != null; ) {
        switch (field) {
          case "slug" -> slug = json.string();
          case "title" -> title = json.string();
          case "titleZh" -> titleZh = json.string();
          case "aliases" -> aliases = json.strings();
          case "sections" -> sections = json.strings();
          case "keywords" -> keywords = json.strings();
          case "turns" -> turns = json.strings();
          case "names" -> names = json.strings();
        }
      }
      json.endObject();
      topics.add(new Topic(slug, title, titleZh, aliases, sections, keywords, turns, names));
    }
    json.endArray();
    return topics;
  }

  private List<GlossaryEntry> glossary() throws IOException, CorpusException {
    List<GlossaryEntry> entries = new ArrayList<>();
    json.beginArray();
    while (json.hasNext()) {
      List<String> words = null;
      List<String> forms = null;
      json.beginObject(GLOSSARY_ENTRY);
      for (String field; (field = json.nextField()) != null; ) {
        switch (field) {
          case "words" -> words = json.strings();
          case "forms" -> forms = json.strings();
        }
      }
      json.endObject();
      entries.add(new GlossaryEntry(words, forms));
    }
    json.endArray();
    return entries;
  }
}
