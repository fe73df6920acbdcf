package dev.convo.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor holds what it built to the rules every corpus meets before anything is written. */
class IngestSelfCheckTest {
  @TempDir Path dir;

  @Test
  void curatedTopicsNamingASectionTheTranscriptLacksAreRefused() throws Exception {
    Path transcript = dir.resolve("t.md");
    Files.writeString(transcript, "**1. One**\n\n**Ada:** Hello.\n\n**Ben:** Hi.\n", StandardCharsets.UTF_8);
    Path topics = dir.resolve("topics.json");
    Files.writeString(topics, "{\"sections\": [], \"topics\": [{\"slug\": \"later\", \"title\": \"Later\","
        + " \"titleZh\": \"以后\", \"aliases\": [], \"sections\": [\"9\"], \"keywords\": []}]}",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Ingest.extract(transcript, topics, null))
        .isInstanceOf(IngestException.class)
        .hasMessage("the extracted corpus is inconsistent: " + transcript
            + ": topic refers to unknown section '9', at $.topics[0].sections[0]");
  }
}
