package dev.convo.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema() throws Exception {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(Path.of("data/corpus.schema.json")));
  }

  private static JsonNode corpus() throws Exception {
    return JSON.readTree(Path.of("data/corpus.json").toFile());
  }

  @Test
  void theCorpusMatchesItsSchema() throws Exception {
    assertThat(schema().validate(corpus())).isEmpty();
  }

  @Test
  void theSchemaRejectsACorpusMissingARequiredField() throws Exception {
    JsonNode broken = corpus();
    ((ObjectNode) broken.get("sections").get(0).get("turns").get(0)).remove("speaker");
    Set<ValidationMessage> errors = schema().validate(broken);
    assertThat(errors).extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("speaker"));
  }

  @Test
  void theSchemaRejectsAnUnknownField() throws Exception {
    JsonNode broken = corpus();
    ((ObjectNode) broken.get("quotes").get(0)).put("colour", "red");
    assertThat(schema().validate(broken)).isNotEmpty();
  }

  /**
   * The schema is published for tools outside Java, so its patterns keep to what ECMA-262 (which
   * JSON Schema names), Python's re and RE2 read alike: no Unicode property classes (\p{L}, which
   * Python's jsonschema refuses), no lookaround or inline flags, no dialect's own escapes, and
   * nothing beyond U+FFFF, which is one character to some engines and two to others.
   */
  @Test
  void everyPatternIsOneEveryValidatorReadsAlike() throws Exception {
    List<String> patterns = new ArrayList<>();
    collectPatterns(JSON.readTree(Path.of("data/corpus.schema.json").toFile()), patterns);
    assertThat(patterns).hasSizeGreaterThanOrEqualTo(4);
    for (String pattern : patterns) {
      assertThat(pattern).as("%.40s…", pattern)
          .doesNotContain("\\p", "\\P", "(?", "\\u{", "\\x{", "\\U")
          .matches("[\\x{0}-\\x{FFFF}]*");
    }
  }

  /**
   * Some dialects (Java's, Python's) let a pattern's {@code $} match before a final line break, so
   * the schema must not lean on it: an id, a turn id or a digest followed by one is refused.
   */
  @Test
  void aLineBreakAfterAnIdATurnIdOrADigestIsRefused() throws Exception {
    for (String end : new String[] {"\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029"}) {
      JsonNode speaker = corpus();
      ((ObjectNode) speaker.at("/metadata/speakers/0")).put("id", "lex" + end);
      JsonNode turn = corpus();
      ((ObjectNode) turn.at("/sections/0/turns/0")).put("id", "1:1" + end);
      JsonNode digest = corpus();
      ObjectNode source = (ObjectNode) digest.at("/metadata/source");
      source.put("sha256", source.get("sha256").asText() + end);
      String shown = end.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
      assertThat(schema().validate(speaker)).as("speaker id and %s", shown).isNotEmpty();
      assertThat(schema().validate(turn)).as("turn id and %s", shown).isNotEmpty();
      assertThat(schema().validate(digest)).as("digest and %s", shown).isNotEmpty();
    }
  }

  private static void collectPatterns(JsonNode node, List<String> patterns) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equals("pattern")) {
        patterns.add(field.getValue().asText());
      } else {
        collectPatterns(field.getValue(), patterns);
      }
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        collectPatterns(element, patterns);
      }
    }
  }
}
