package dev.convo.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
  void turnIdsMustBeTheirSectionAndIndexExactly() throws Exception {
    for (String wrong : new String[] {"1:02", "1:", "1:2x", "11:2", "1-2", "1:12", "1:2.", "1:1:2"}) {
      String json = corpus().replaceFirst("\"id\": \"1:2\"", "\"id\": \"" + wrong + "\"");
      assertRejected(json, "c.json: turn id '" + wrong + "' should be '1:2', at $.sections[0].turns[1].id");
    }
  }

  /** The schema's definition of an id, as a validator applies it. */
  private static JsonSchema schemasId() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Path.of("data/corpus.schema.json").toFile());
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema.at("/$defs/id"));
  }

  @Test
  void idsAreCheckedAsTheSchemasPatternWouldCheckThem() throws Exception {
    JsonSchema documented = schemasId();
    List<String> samples = new ArrayList<>(List.of("", "a", "7:3", "1a", "q-star", "8:8/1", ":x", "-x",
        "x-", "a b", "计算", "Ⅻ", "²", "٣", "𝐀", "e\u0301", "😀", "q1\n", "\u0000", "a".repeat(64),
        "a".repeat(65), "𝐀".repeat(64), "𝐀".repeat(65), "x\uD800", "\uDC00x"));
    String pool = "aZ09._:-/ 计Ⅻ²٣é\u0301😀\uD800\n";
    Random random = new Random(7);
    for (int i = 0; i < 5000; i++) {
      StringBuilder sample = new StringBuilder();
      for (int n = random.nextInt(70); n > 0; n--) {
        sample.appendCodePoint(pool.codePointAt(pool.offsetByCodePoints(0,
            random.nextInt(pool.codePointCount(0, pool.length())))));
      }
      samples.add(sample.toString());
    }
    for (String sample : samples) {
      assertThat(Ids.isId(sample)).as("'%s'", sample)
          .isEqualTo(documented.validate(TextNode.valueOf(sample)).isEmpty());
    }
  }

  @Test
  void everyCharacterIsALetterOrDigitToTheReaderExactlyWhenItIsToTheSchema() throws Exception {
    JsonSchema documented = schemasId();
    int letters = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String first = String.valueOf(c);
      assertThat(Ids.isId(first)).as("U+%04X", (int) c)
          .isEqualTo(documented.validate(TextNode.valueOf(first)).isEmpty());
      assertThat(Ids.isId("a" + c)).as("a U+%04X", (int) c)
          .isEqualTo(documented.validate(TextNode.valueOf("a" + c)).isEmpty());
      letters += Ids.isId(first) ? 1 : 0;
    }
    assertThat(letters).isBetween(40_000, 60_000);
  }

  /**
   * The list of letters and digits is where it came from: Java 17's tables, Unicode 13.0, exactly.
   * A later JDK knows a later Unicode, with letters 13.0 did not have; every one on the list is
   * still a letter or digit there.
   */
  @Test
  void theLettersAndDigitsAreUnicode13sInTheBasicMultilingualPlane() {
    boolean unicode13 = Runtime.version().feature() == 17;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      int type = Character.getType(c);
      boolean letterOrDigit = Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
          || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
      if (unicode13) {
        assertThat(Ids.isLetterOrDigit(c)).as("U+%04X", (int) c).isEqualTo(letterOrDigit);
      } else if (Ids.isLetterOrDigit(c)) {
        assertThat(letterOrDigit).as("U+%04X on Java %d", (int) c, Runtime.version().feature()).isTrue();
      }
    }
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
    assertThatThrownBy(() -> CorpusReader.read(json.substring(0, json.length() / 4), "c.json"))
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
  void aByteOrderMarkIsNotPartOfTheDocument() throws Exception {
    byte[] json = corpus().getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[json.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(json, 0, marked, 3, json.length);
    assertThat(CorpusReader.read(new ByteArrayInputStream(marked), "c.json"))
        .isEqualTo(CorpusReader.read(corpus(), "c.json"));
  }

  @Test
  void duplicateFieldInOneObject() throws Exception {
    String json = corpus().replaceFirst("\"language\": \"zh-Hans\",", "\"language\": \"zh-Hans\", \"language\": \"en\",");
    assertRejected(json, "c.json: duplicate field 'language', at $.metadata.language");
  }

  @Test
  void unknownFieldsAreRefusedAsTheSchemaRefusesThem() throws Exception {
    String json = corpus()
        .replaceFirst("\"emphasised\": true,", "\"emphasised\": true, \"colour\": \"red\",");
    assertRejected(json, "c.json: unknown field 'colour', at $.quotes[0].colour");
    String top = corpus().replaceFirst("\"schema\": 1,", "\"schema\": 1, \"version\": 2,");
    assertRejected(top, "c.json: unknown field 'version', at $.version");
  }

  @Test
  void aDuplicateFieldIsNamedBeforeAnythingElseIsChecked() throws Exception {
    for (String again : new String[] {"\"title\": \"t\",", "\"speakers\": [],", "\"language\": 7,"}) {
      String json = corpus()
          .replaceFirst("\"language\": \"zh-Hans\",", "\"language\": \"zh-Hans\", " + again);
      String field = again.substring(1, again.indexOf('"', 1));
      assertRejected(json, "c.json: duplicate field '" + field + "', at $.metadata." + field);
    }
  }

  @Test
  void anEmptySpeakerNameIsRefused() throws Exception {
    String json = corpus().replaceFirst("\"name\": \"Lex Fridman\"", "\"name\": \"\"");
    assertRejected(json, "c.json: expected text but found an empty string, at $.metadata.speakers[0].name");
  }

  @Test
  void aSourceNeedsItsDigest() throws Exception {
    String json = corpus().replaceFirst("\"sha256\": \"[0-9a-f]{64}\",", "");
    assertRejected(json, "c.json: missing required field 'sha256', at $.metadata.source");
  }

  @Test
  void aDigestIsSixtyFourLowercaseHexDigits() throws Exception {
    String upper = "63DEB289ABFCF6F895613B0AB6E9DB9E80C8164B032224D9AC511C66913AB793";
    for (String wrong : new String[] {"xyz", upper, ""}) {
      String json = corpus().replaceFirst("\"sha256\": \"[0-9a-f]{64}\"", "\"sha256\": \"" + wrong + "\"");
      String shown = wrong.length() > 40 ? wrong.substring(0, 40) + "…" : wrong;
      assertRejected(json, "c.json: '" + shown + "' is not a SHA-256 digest"
          + " (64 lowercase hexadecimal digits), at $.metadata.source.sha256");
    }
    String absent = corpus().replaceFirst("\"sha256\": \"[0-9a-f]{64}\"", "\"sha256\": null");
    assertThat(CorpusReader.read(absent, "c.json").metadata().source().sha256()).isNull();
  }

  @Test
  void aQuoteNeedsItsEditorsWordingEvenWhenThereIsNone() throws Exception {
    String json = corpus().replaceFirst(",\n      \"editorText\": \"[^\"]*\"", "");
    assertRejected(json, "c.json: missing required field 'editorText', at $.quotes[0]");
  }

  @Test
  void aSectionIdHasNoColonForTurnIdsToBeSplitAt() throws Exception {
    String json = corpus().replace("\"id\": \"1a\"", "\"id\": \"1:a\"")
        .replace("\"id\": \"1a:", "\"id\": \"1:a:");
    assertRejected(json, "c.json: section id '1:a' has a colon, which separates a turn's section from its"
        + " number, at $.sections[1].id");
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
