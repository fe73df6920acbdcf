package dev.convo.ingest;

import dev.convo.corpus.Topic;
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
  record SectionNames(String slug, String titleEn) {}

  static CuratedTopics none() {
    return new CuratedTopics(Map.of(), List.of());
  }

  static CuratedTopics parse(String json, String file) throws IngestException {
    JsonInput root = JsonInput.parse(json, file);
    Map<String, SectionNames> sections = new LinkedHashMap<>();
    for (JsonInput section : root.field("sections").items()) {
      sections.put(section.field("id").string(),
          new SectionNames(section.field("slug").string(), section.field("titleEn").string()));
    }
    List<Topic> topics = new ArrayList<>();
    for (JsonInput topic : root.field("topics").items()) {
      topics.add(new Topic(topic.field("slug").string(), topic.field("title").string(),
          topic.field("titleZh").string(), topic.field("aliases").strings(),
          topic.field("sections").strings(), topic.field("keywords").strings(),
          optionalStrings(topic, "turns"), optionalStrings(topic, "names")));
    }
    return new CuratedTopics(sections, topics);
  }

  private static List<String> optionalStrings(JsonInput object, String name) throws IngestException {
    return object.has(name) ? object.field(name).strings() : List.of();
  }
}
