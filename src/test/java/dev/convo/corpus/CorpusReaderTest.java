package dev.convo.corpus;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The loader's own rules, beyond the schema: each names the file and the JSON path. */
class CorpusReaderTest {
  private static String corpus() throws Exception {
    return Files.readString(Path.of("data/corpus.json"), StandardCharsets.UTF_8);
  }

  private static void assertRejected(String json, String message) {
    assertThatThrownBy(() -> CorpusReader.read(json, "c.json"))
        .isInstanceOf(CorpusException.class)
        .hasMessage(message);
  }

  @Test
  void duplicateTurnId() throws Exception {
    String json = corpus().replaceFirst("\"id\": \"1:2\"", "\"id\": \"1:1\"");
    assertRejected(json, "c.json: turn id '1:1' should be '1:2', at $.sections[0].turns[1].id");
  }

  @Test
  void duplicateSectionId() throws Exception {
    String json = corpus().replaceFirst("\"id\": \"2\",", "\"id\": \"1\",");
    assertRejected(json, "c.json: duplicate section id '1', at $.sections[2].id");
  }

  @Test
  void quoteAtAMissingTurn() throws Exception {
    String json = corpus().replace("\"turn\": \"1:4\"", "\"turn\": \"1:400\"");
    assertRejected(json, "c.json: quote refers to unknown turn '1:400', at $.quotes[0].turn");
  }

  @Test
  void quoteWhoseTextIsNotAtItsSpan() throws Exception {
    String json = corpus().replace("\"text\": \"通向 AGI 的道路应该是一场巨大的权力斗争\"",
        "\"text\": \"通向 AGI 的道路应该是一场巨大的权力游戏\"");
    assertRejected(json, "c.json: quote text differs from the turn's text at its span, at $.quotes[0].text");
  }

  @Test
  void topicAtAMissingSection() throws Exception {
    String json = corpus().replace("\"sections\": [\n        \"7\",", "\"sections\": [\n        \"77\",");
    assertRejected(json, "c.json: topic refers to unknown section '77', at $.topics[7].sections[0]");
  }

  @Test
  void turnOfAnUnknownSpeaker() throws Exception {
    String json = corpus().replaceFirst("\"speaker\": \"lex\"", "\"speaker\": \"ilya\"");
    assertRejected(json, "c.json: unknown speaker 'ilya', at $.sections[0].turns[0].speaker");
  }

  @Test
  void wrongFieldType() throws Exception {
    String json = corpus().replaceFirst("\"number\": 1,", "\"number\": \"one\",");
    assertRejected(json, "c.json: expected a number but found a string, at $.sections[0].number");
  }

  @Test
  void missingField() throws Exception {
    String json = corpus().replaceFirst("\"language\": \"zh-Hans\",", "");
    assertRejected(json, "c.json: missing required field 'language', at $.metadata");
  }

  @Test
  void truncatedJson() throws Exception {
    String json = corpus();
    assertThatThrownBy(() -> CorpusReader.read(json.substring(0, json.length() / 2), "c.json"))
        .hasMessageStartingWith("c.json: truncated JSON, at $.sections[");
  }

  @Test
  void notJson() {
    assertRejected("hello", "c.json: not valid JSON, at $ (line 1:1)");
  }

  @Test
  void emptyFile() {
    assertRejected("", "c.json: empty file, at line 1:1");
  }

  @Test
  void wrongTopLevelType() {
    assertRejected("[1, 2]", "c.json: expected an object but found an array, at $");
  }

  @Test
  void invalidUtf8() {
    byte[] bytes = "{\n  \"a\": \"\u4e2d".getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    assertThatThrownBy(() -> CorpusReader.read(new ByteArrayInputStream(broken), "c.json"))
        .hasMessage("c.json: invalid UTF-8 (byte 0xe4), at line 2:9");
  }

  @Test
  void duplicateFieldInOneObject() throws Exception {
    String json = corpus().replaceFirst("\"language\": \"zh-Hans\",", "\"language\": \"zh-Hans\", \"language\": \"en\",");
    assertRejected(json, "c.json: duplicate field 'language', at $.metadata.language");
  }

  @Test
  void fieldsMayComeInAnyOrder() throws Exception {
    String json = corpus();
    int metadataStart = json.indexOf("  \"metadata\"");
    int sectionsStart = json.indexOf("  \"sections\"");
    String reordered = json.substring(0, metadataStart) + json.substring(sectionsStart, json.length() - 3)
        + ",\n" + json.substring(metadataStart, sectionsStart - 2) + "\n}\n";
    Corpus corpus = CorpusReader.read(reordered, "c.json");
    org.assertj.core.api.Assertions.assertThat(corpus).isEqualTo(CorpusReader.read(json, "c.json"));
  }
}
