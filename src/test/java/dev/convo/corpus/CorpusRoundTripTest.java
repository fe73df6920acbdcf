package dev.convo.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CorpusRoundTripTest {
  private static final Path CHECKED_IN = Path.of("data/corpus.json");

  @Test
  void bundledCorpusIsTheCheckedInFile() throws Exception {
    String file = Files.readString(CHECKED_IN, StandardCharsets.UTF_8);
    assertThat(CorpusWriter.toJson(BundledCorpus.get())).isEqualTo(file);
  }

  @Test
  void loadSerializeLoadGivesAnEqualCorpus() throws Exception {
    Corpus first = CorpusReader.read(Files.readString(CHECKED_IN, StandardCharsets.UTF_8), "corpus.json");
    Corpus second = CorpusReader.read(CorpusWriter.toJson(first), "again");
    assertThat(second).isEqualTo(first);
    assertThat(second.turns()).hasSize(first.turns().size()).isNotEmpty();
  }
}
