package dev.convo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the extractor reads its inputs, with the corpus reader's bounded, strict reading. */
class IngestInputTest {
  private static final String TRANSCRIPT = "**1. One**\n\n**Ada:** Hello.\n\n**Ben:** Hi.\n";

  @TempDir Path dir;

  @Test
  void aByteOrderMarkIsNotPartOfTheText() throws Exception {
    Path plain = dir.resolve("plain.md");
    Files.writeString(plain, TRANSCRIPT, StandardCharsets.UTF_8);
    Path marked = dir.resolve("marked.md");
    Files.writeString(marked, "\uFEFF" + TRANSCRIPT, StandardCharsets.UTF_8);
    Corpus withMark = Ingest.extract(marked, null, null);
    Corpus without = Ingest.extract(plain, null, null);
    assertThat(withMark.turns()).isEqualTo(without.turns());
    assertThat(withMark.sections().get(0).title()).isEqualTo("One");
    assertThat(CorpusWriter.toJson(withMark)).doesNotContain("\uFEFF");
  }

  @Test
  void aFileThatCannotBeReadIsNamedWithTheSystemsReason() throws Exception {
    Path file = dir.resolve("plain.md");
    Files.writeString(file, TRANSCRIPT, StandardCharsets.UTF_8);
    Path through = file.resolve("t.md");
    assertThatThrownBy(() -> Ingest.extract(through, null, null))
        .isInstanceOf(IngestException.class)
        .hasMessage(through + ": cannot be read (Not a directory)");
  }
}
