package dev.convo.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled corpus as the jar carries it: data/corpus.json, checked as a corpus file is checked
 * and packed by the build, reads back as exactly what reading the JSON gives, its dialogue decoded
 * only where it is read.
 */
class PackedCorpusTest {
  private static final Path CHECKED_IN = Path.of("data/corpus.json");

  @TempDir Path dir;

  private static byte[] bundledResource() throws Exception {
    try (InputStream in = BundledCorpus.class.getResourceAsStream(BundledCorpus.RESOURCE)) {
      assertThat(in).as(BundledCorpus.RESOURCE + " in the build's classes").isNotNull();
      return in.readAllBytes();
    }
  }

  private static JsonObject checkedIn() throws Exception {
    return JsonParser.parseString(Files.readString(CHECKED_IN, StandardCharsets.UTF_8)).getAsJsonObject();
  }

  private Path write(JsonObject corpus) throws Exception {
    Path file = dir.resolve("c.json");
    Files.writeString(file, new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(corpus));
    return file;
  }

  private static int decodedParagraphs(Corpus corpus) {
    int decoded = 0;
    for (Turn turn : corpus.turns()) {
      decoded += ((PackedStrings) turn.paragraphs()).decodedCount();
    }
    return decoded;
  }

  @Test
  void theJarCarriesTheCheckedInCorpusPackedAsTheBuildPacksItToday() throws Exception {
    assertThat(bundledResource()).isEqualTo(CorpusReader.pack(CHECKED_IN));
    assertThat(CorpusReader.pack(CHECKED_IN)).as("packing is reproducible").isEqualTo(CorpusReader.pack(CHECKED_IN));
  }

  @Test
  void thePackedCorpusReadsAsItsJson() throws Exception {
    Corpus json = CorpusReader.read(CHECKED_IN);
    assertThat(BundledCorpus.get()).isEqualTo(json);
    Corpus packed = CorpusReader.readPacked(bundledResource(), "p");
    assertThat(packed).isEqualTo(json);
    assertThat(packed.turns()).hasSameSizeAs(json.turns()).isNotEmpty();
    for (int i = 0; i < json.turns().size(); i++) {
      assertThat(packed.turns().get(i).paragraphs()).isEqualTo(json.turns().get(i).paragraphs());
    }
  }

  @Test
  void everyKindOfValueSurvivesPacking() throws Exception {
    JsonObject corpus = checkedIn();
    JsonObject metadata = corpus.getAsJsonObject("metadata");
    // Characters beyond the BMP, escapes, a line separator and quotation marks, where no rule looks.
    metadata.addProperty("title", "𝐀 \"q\" \\ \n\t\u2028 é 计算");
    metadata.getAsJsonObject("source").add("place", null);
    JsonObject section = corpus.getAsJsonArray("sections").get(0).getAsJsonObject();
    // Whole numbers written as a reader accepts them, not only as the writer writes them.
    section.addProperty("number", 1.0);
    JsonObject turn = section.getAsJsonArray("turns").get(0).getAsJsonObject();
    turn.getAsJsonArray("paragraphs").add("😀 the last paragraph, 最后");
    corpus.getAsJsonArray("topics").get(0).getAsJsonObject().add("names", new JsonArray());
    Path file = write(corpus);
    Corpus json = CorpusReader.read(file);
    assertThat(json.metadata().title()).startsWith("𝐀");
    assertThat(CorpusReader.readPacked(CorpusReader.pack(file), "p")).isEqualTo(json);
  }

  @Test
  void packingRefusesWhatReadingRefuses() throws Exception {
    JsonObject corpus = checkedIn();
    JsonObject quote = corpus.getAsJsonArray("quotes").get(0).getAsJsonObject();
    quote.addProperty("text", quote.get("text").getAsString() + "。");
    Path file = write(corpus);
    String refused = "quote text differs from the turn's text at its span, at $.quotes[0].text";
    assertThatThrownBy(() -> CorpusReader.read(file)).hasMessage(file + ": " + refused);
    assertThatThrownBy(() -> CorpusReader.pack(file)).isInstanceOf(CorpusException.class)
        .hasMessage(file + ": " + refused);
  }

  /**
   * A field the reader does not know, or one it needs that is missing, fails the packed read as it
   * fails the JSON read: a field added to one and not the other cannot slip through.
   */
  @Test
  void aPackedDocumentIsHeldToTheFieldsTheReaderKnows() throws Exception {
    JsonObject extra = checkedIn();
    extra.getAsJsonArray("sections").get(2).getAsJsonObject().getAsJsonArray("turns").get(0).getAsJsonObject()
        .addProperty("timestamp", "00:01:02");
    assertThatThrownBy(() -> CorpusReader.readPacked(PackedJson.pack(new StringReader(extra.toString())), "p"))
        .isInstanceOf(CorpusException.class)
        .hasMessageStartingWith("p: unknown field 'timestamp', at byte ");
    JsonObject missing = checkedIn();
    missing.getAsJsonObject("metadata").remove("language");
    assertThatThrownBy(() -> CorpusReader.readPacked(PackedJson.pack(new StringReader(missing.toString())), "p"))
        .isInstanceOf(CorpusException.class)
        .hasMessageStartingWith("p: missing required field 'language', at byte ");
    JsonObject twice = checkedIn();
    String json = twice.toString().replaceFirst("\"language\":", "\"language\":\"en\",\"language\":");
    assertThatThrownBy(() -> CorpusReader.readPacked(PackedJson.pack(new StringReader(json)), "p"))
        .hasMessageStartingWith("p: duplicate field 'language', at byte ");
  }

  @Test
  void aDamagedPackedDocumentIsRefusedNotMisread() throws Exception {
    byte[] packed = bundledResource();
    assertThatThrownBy(() -> CorpusReader.readPacked(CHECKED_IN.toString().getBytes(StandardCharsets.UTF_8), "p"))
        .hasMessage("p: not a packed JSON document, at byte 0");
    assertThatThrownBy(() -> CorpusReader.readPacked(java.util.Arrays.copyOf(packed, packed.length / 2), "p"))
        .isInstanceOf(CorpusException.class).hasMessageContaining("p: ");
    byte[] longer = java.util.Arrays.copyOf(packed, packed.length + 1);
    assertThatThrownBy(() -> CorpusReader.readPacked(longer, "p"))
        .hasMessage("p: expected the end of the document, at byte " + packed.length);
  }

  @Test
  void theDialogueIsDecodedOnlyWhereItIsRead() throws Exception {
    Corpus corpus = CorpusReader.readPacked(bundledResource(), "p");
    assertThat(decodedParagraphs(corpus)).isZero();
    assertThat(corpus.quotes()).isNotEmpty();
    assertThat(corpus.sections().get(0).title()).isNotEmpty();
    assertThat(decodedParagraphs(corpus)).isZero();
    Turn turn = corpus.turn("7:3").orElseThrow();
    assertThat(turn.text()).isEqualTo(CorpusReader.read(CHECKED_IN).turn("7:3").orElseThrow().text());
    assertThat(decodedParagraphs(corpus)).isEqualTo(turn.paragraphs().size()).isPositive();
  }
}
