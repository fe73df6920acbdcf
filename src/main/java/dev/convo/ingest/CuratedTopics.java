package dev.convo.ingest;

import dev.convo.corpus.CorpusException;
import dev.convo.corpus.StrictJson;
import dev.convo.corpus.Topic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-curated names for sections (slug, English title) and the topics a user can ask for, with
 * the turns about each where they were decided by reading.
 * Reviewed like code; the extractor only copies it into the corpus after checking it fits.
 */
record CuratedTopics(Map<String, SectionNames> sections, List<Topic> topics) {
  private static final String[] ROOT = {"sections", "topics", ReviewedJson.COMMENT};
  private static final String[] SECTION = {"id", "slug", "titleEn"};
  /** The turns and names of a topic may be left out: ingest finds them. */
  private static final String[] TOPIC =
      {"slug", "title", "titleZh", "aliases", "sections", "keywords", "turns", "names"};

  record SectionNames(String slug, String titleEn) {}

  static CuratedTopics none() {
    return new CuratedTopics(Map.of(), List.of());
  }

  static CuratedTopics parse(String json, String file) throws IngestException {
    return ReviewedJson.read(json, file, CuratedTopics::root);
  }

  private static CuratedTopics root(StrictJson json) throws IOException, CorpusException {
    Map<String, SectionNames> sections = new LinkedHashMap<>();
    List<Topic> topics = new ArrayList<>();
    json.beginObject(ROOT, 2);
    for (String field; (field = json.nextField()) != null; ) {
      switch (field) {
        case "sections" -> {
          json.beginArray();
          while (json.hasNext()) {
            section(json, sections);
          }
          json.endArray();
        }
        case "topics" -> {
          json.beginArray();
          while (json.hasNext()) {
            topics.add(topic(json));
          }
          json.endArray();
        }
        default -> json.string();
      }
    }
    json.endObject();
    return new CuratedTopics(sections, topics);
  }

  private static void section(StrictJson json, Map<String, SectionNames> into)
      throws IOException, CorpusException {
    String id = null;
    String slug = null;
    String titleEn = null;
    json.beginObject(SECTION);
    for (String field; (field = json.nextField()) != null; ) {
      switch (field) {
        case "id" -> id = json.string();
        case "slug" -> slug = json.string();
        default -> titleEn = json.string();
      }
    }
    json.endObject();
    into.put(id, new SectionNames(slug, titleEn));
  }

  private static Topic topic(StrictJson json) throws IOException, CorpusException {
    String slug = null;
    String title = null;
    String titleZh = null;
    List<String> aliases = null;
    List<String> sections = null;
    List<String> keywords = null;
    List<String> turns = List.of();
    List<String> names = List.of();
    json.beginObject(TOPIC, 6);
    for (String field; (field = json.nextField()) != null; ) {
      switch (field) {
        case "slug" -> slug = json.string();
        case "title" -> title = json.string();
        case "titleZh" -> titleZh = json.string();
        case "aliases" -> aliases = json.strings();
        case "sections" -> sections = json.strings();
        case "keywords" -> keywords = json.strings();
        case "turns" -> turns = json.strings();
        default -> names = json.strings();
      }
    }
    json.endObject();
    return new Topic(slug, title, titleZh, aliases, sections, keywords, turns, names);
  }
}
