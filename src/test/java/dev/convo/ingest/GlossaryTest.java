package dev.convo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.GlossaryEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/glossary.json as ingest builds it into the corpus, and the forms it refuses. */
class GlossaryTest {
  @TempDir
  Path dir;

  private Corpus extract(Path glossary) throws IngestException {
    return Ingest.extract(SourceFiles.SOURCE, null, SourceFiles.TOPICS, SourceFiles.REPAIRS, SourceFiles.QUOTES, glossary);
  }

  @Test
  void everyFormOfTheBundledGlossaryOccursInTheText() throws Exception {
    Corpus corpus = extract(SourceFiles.GLOSSARY);
    assertThat(corpus.glossary()).isNotEmpty();
    for (GlossaryEntry entry : corpus.glossary()) {
      for (String form : entry.forms()) {
        assertThat(corpus.turns()).as(form).anyMatch(t -> t.paragraphs().stream().anyMatch(p -> p.contains(form)));
      }
    }
    assertThat(corpus.glossary()).anyMatch(e -> e.words().contains("算力") && e.forms().contains("计算能力"));
  }

  @Test
  void aFormTheTextDoesNotUseIsRefused() throws Exception {
    Path glossary = dir.resolve("glossary.json");
    Files.writeString(glossary, "{\"entries\": [{\"words\": [\"compute\"], \"forms\": [\"算力\"]}]}",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> extract(glossary)).isInstanceOf(IngestException.class)
        .hasMessage(glossary + ": entry 1: the form '算力' does not occur in the text;"
            + " forms are written as the text writes them");
    Files.writeString(glossary, "{\"entries\": [{\"words\": [\"compute\"], \"forms\": []}]}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> extract(glossary)).hasMessage(glossary + ": entry 1 has no forms; give how the text writes it");
  }
}
