package dev.convo.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader refuses every corpus the schema refuses. Mutations of the bundled corpus are made by
 * walking data/corpus.schema.json beside it: every required field dropped, an unknown field added
 * to every kind of object, every type, bound and constant broken (of optional fields the corpus
 * leaves out too), every array emptied that may not be, strings that break patterns and lengths put
 * wherever the schema refuses them, and a few edits that keep the corpus valid. The schema validator and {@link CorpusReader} must give the same
 * verdict on each.
 */
class SchemaAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /**
   * Strings that break an id, a turn id or a digest in different ways; among them line breaks at
   * the end, which some regular-expression dialects let a pattern's {@code $} match before.
   */
  private static final List<String> BAD_STRINGS = List.of("", "x y", "-x", "a".repeat(65), "𝐀", "a/b",
      "7:03", "ABC", "q1\n", "7:3\r", "0".repeat(64) + "\n", "a\u2028");

  private static JsonNode schemaRoot;
  private static JsonSchema schema;
  private static JsonNode corpus;

  /**
   * One edit of the corpus: where (field names and indexes from the root) and the new value;
   * {@code ifInvalid} for a value that may break the schema, used only where it does.
   */
  private record Mutation(String description, List<Object> path, JsonNode value, boolean ifInvalid) {
    Mutation(String description, List<Object> path, JsonNode value) {
      this(description, path, value, false);
    }

    JsonNode applyTo(JsonNode root) {
      JsonNode copy = root.deepCopy();
      JsonNode parent = copy;
      for (Object step : path.subList(0, path.size() - 1)) {
        parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
      }
      Object last = path.get(path.size() - 1);
      if (last instanceof Integer i) {
        ArrayNode array = (ArrayNode) parent;
        if (i < array.size()) {
          array.set(i, value);
        } else {
          array.add(value);
        }
      } else if (value == null) {
        ((ObjectNode) parent).remove((String) last);
      } else {
        ((ObjectNode) parent).set((String) last, value);
      }
      return copy;
    }
  }

  @BeforeAll
  static void load() throws Exception {
    schemaRoot = JSON.readTree(Path.of("data/corpus.schema.json").toFile());
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(Path.of("data/corpus.schema.json")));
    corpus = JSON.readTree(Path.of("data/corpus.json").toFile());
  }

  @Test
  void theReaderAndTheSchemaGiveTheSameVerdictOnEveryMutation() throws Exception {
    List<Mutation> mutations = new ArrayList<>();
    walk(schemaRoot, corpus, new ArrayList<>(), "$", mutations);
    mutations.addAll(valid());
    List<String> disagreements = new ArrayList<>();
    int rejected = 0;
    int tried = 0;
    for (Mutation mutation : mutations) {
      JsonNode mutated = mutation.applyTo(corpus);
      boolean schemaAccepts = schema.validate(mutated).isEmpty();
      if (mutation.ifInvalid() && schemaAccepts) {
        continue;
      }
      tried++;
      String readerError = readerError(JSON.writeValueAsString(mutated));
      if (schemaAccepts != (readerError == null)) {
        disagreements.add(mutation.description() + ": schema " + (schemaAccepts ? "accepts" : "rejects")
            + ", reader " + (readerError == null ? "accepts" : "rejects (" + readerError + ")"));
      }
      rejected += schemaAccepts ? 0 : 1;
    }
    System.out.printf("schema and reader agree on %d of %d mutations (%d rejected by the schema)%n",
        tried - disagreements.size(), tried, rejected);
    assertThat(disagreements).isEmpty();
    assertThat(tried).isGreaterThanOrEqualTo(50);
    assertThat(rejected).isGreaterThanOrEqualTo(50).isLessThan(tried);
  }

  private static String readerError(String json) {
    try {
      CorpusReader.read(json, "m.json");
      return null;
    } catch (CorpusException e) {
      return e.getMessage();
    }
  }

  /** Edits that keep the corpus valid: the reader must not refuse what the schema allows. */
  private static List<Mutation> valid() {
    return List.of(
        new Mutation("another title", List.of("metadata", "title"), NODES.textNode("x")),
        new Mutation("no article link", List.of("metadata", "source", "url"), NODES.nullNode()),
        new Mutation("no digest", List.of("metadata", "source", "sha256"), NODES.nullNode()),
        new Mutation("English", List.of("metadata", "language"), NODES.textNode("en")),
        new Mutation("no preface", List.of("metadata", "preface", "paragraphs"), NODES.arrayNode()),
        new Mutation("no aliases", List.of("topics", 0, "aliases"), NODES.arrayNode()),
        new Mutation("a turn's time", List.of("sections", 0, "turns", 0, "time"), NODES.numberNode(754)),
        new Mutation("a turn at the start", List.of("sections", 0, "turns", 1, "time"), NODES.numberNode(0)),
        new Mutation("a title beyond the Basic Multilingual Plane", List.of("sections", 0, "title"),
            NODES.textNode("𝐀 😀")));
  }

  /** Resolves a local {@code $ref} and merges it with the keywords beside it. */
  private static ObjectNode resolve(JsonNode node) {
    ObjectNode merged = NODES.objectNode();
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      merged.setAll(resolve(schemaRoot.at(ref.substring(1))));
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals("$ref")) {
        merged.set(name, node.get(name));
      }
    }
    return merged;
  }

  private static void walk(JsonNode schemaNode, JsonNode value, List<Object> path, String where,
      List<Mutation> out) {
    ObjectNode rule = resolve(schemaNode);
    if (!path.isEmpty()) {
      breakValue(rule, path, where, out);
    }
    if (rule.has("properties")) {
      JsonNode properties = rule.get("properties");
      for (JsonNode required : rule.path("required")) {
        out.add(new Mutation("drop " + where + "." + required.asText(), with(path, required.asText()), null));
      }
      if (rule.path("additionalProperties").isBoolean() && !rule.get("additionalProperties").asBoolean()) {
        out.add(new Mutation("unknown field in " + where, with(path, "unexpected"), NODES.booleanNode(true)));
      }
      Iterator<String> names = properties.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (value.has(name)) {
          walk(properties.get(name), value.get(name), with(path, name), where + "." + name, out);
        } else {
          // An optional field the corpus leaves out is broken where it would be.
          breakValue(resolve(properties.get(name)), with(path, name), where + "." + name, out);
        }
      }
    }
    if (rule.has("items")) {
      JsonNode first = value.size() > 0 ? value.get(0) : null;
      if (first != null) {
        walk(rule.get("items"), first, with(path, 0), where + "[0]", out);
      } else {
        breakValue(resolve(rule.get("items")), with(path, 0), where + "[0]", out);
      }
    }
  }

  /** Values that break one keyword of {@code rule} each, put at {@code path}. */
  private static void breakValue(ObjectNode rule, List<Object> path, String where, List<Mutation> out) {
    Set<String> types = new LinkedHashSet<>();
    if (rule.path("type").isArray()) {
      for (JsonNode type : rule.get("type")) {
        types.add(type.asText());
      }
    } else {
      types.add(rule.path("type").asText());
    }
    if (rule.has("const")) {
      int other = rule.get("const").asInt() + 1;
      out.add(new Mutation(where + " another constant", path, NODES.numberNode(other)));
      out.add(new Mutation(where + " a string", path, NODES.textNode("1")));
      return;
    }
    if (!types.contains("null")) {
      out.add(new Mutation(where + " null", path, NODES.nullNode()));
    }
    if (!types.contains("string")) {
      out.add(new Mutation(where + " a string", path, NODES.textNode("1")));
    } else {
      out.add(new Mutation(where + " a number", path, NODES.numberNode(1)));
    }
    if (types.contains("integer")) {
      out.add(new Mutation(where + " a fraction", path, NODES.numberNode(1.5)));
    }
    if (rule.has("minimum")) {
      int below = rule.get("minimum").asInt() - 1;
      out.add(new Mutation(where + " " + below, path, NODES.numberNode(below)));
    }
    if (rule.has("minItems") && rule.get("minItems").asInt() > 0) {
      out.add(new Mutation(where + " empty", path, NODES.arrayNode()));
    }
    if (rule.has("pattern") || rule.has("not") || rule.has("minLength") || rule.has("maxLength")) {
      for (String bad : BAD_STRINGS) {
        out.add(new Mutation(where + " '" + bad + "'", path, NODES.textNode(bad), true));
      }
    }
  }

  private static List<Object> with(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }
}
