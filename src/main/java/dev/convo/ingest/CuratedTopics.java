package dev.convo.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.convo.corpus.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-curated names for sections (slug, English title) and the topics a user can ask for.
 * Reviewed like code; the extractor only copies it into the corpus after checking it fits.
 */
record CuratedTopics(Map<String, SectionNames> sections, List<Topic> topics) {
  record SectionNames(String slug, String titleEn) {}

  static CuratedTopics none() {
    return new CuratedTopics(Map.of(), List.of());
  }

  static CuratedTopics parse(String json, String file) throws IngestException {
    try {
      JsonObject root = JsonParser.parseString(json).getAsJsonObject();
      Map<String, SectionNames> sections = new LinkedHashMap<>();
      for (JsonElement element : root.getAsJsonArray("sections")) {
        JsonObject o = element.getAsJsonObject();
        sections.put(o.get("id").getAsString(),
            new SectionNames(o.get("slug").getAsString(), o.get("titleEn").getAsString()));
      }
      List<Topic> topics = new ArrayList<>();
      for (JsonElement element : root.getAsJsonArray("topics")) {
        JsonObject o = element.getAsJsonObject();
        topics.add(new Topic(o.get("slug").getAsString(), o.get("title").getAsString(),
            o.get("titleZh").getAsString(), strings(o.getAsJsonArray("aliases")),
            strings(o.getAsJsonArray("sections")), strings(o.getAsJsonArray("keywords"))));
      }
      return new CuratedTopics(sections, topics);
    } catch (RuntimeException e) {
      throw new IngestException(file + ": not a topics file (" + e.getMessage() + ")");
    }
  }

  private static List<String> strings(JsonArray array) {
    List<String> values = new ArrayList<>();
    for (JsonElement element : array) {
      values.add(element.getAsString());
    }
    return values;
  }
}
