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
}
