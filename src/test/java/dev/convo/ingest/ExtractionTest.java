package dev.convo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ExtractionTest {
  @Test
  void checkedInCorpusIsExactlyWhatTheExtractorProducesNow() throws Exception {
    Corpus fresh = Ingest.extract(SourceFiles.SOURCE, null, SourceFiles.TOPICS, SourceFiles.REPAIRS, SourceFiles.QUOTES,
        SourceFiles.GLOSSARY);
    String checkedIn = Files.readString(SourceFiles.CORPUS, StandardCharsets.UTF_8);
    assertThat(CorpusWriter.toJson(fresh))
        .as("data/corpus.json is stale or hand-edited; regenerate it with `convo ingest` (see data/README.md)")
        .isEqualTo(checkedIn);
  }

  @Test
  void extractionIsDeterministic() throws Exception {
    Corpus first = Ingest.extract(SourceFiles.SOURCE, null, SourceFiles.TOPICS, SourceFiles.REPAIRS, SourceFiles.QUOTES,
        SourceFiles.GLOSSARY);
    Corpus second = Ingest.extract(SourceFiles.SOURCE, null, SourceFiles.TOPICS, SourceFiles.REPAIRS, SourceFiles.QUOTES,
        SourceFiles.GLOSSARY);
    assertThat(CorpusWriter.toJson(second)).isEqualTo(CorpusWriter.toJson(first));
  }
}
