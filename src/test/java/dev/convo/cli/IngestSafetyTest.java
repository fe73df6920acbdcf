package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} on input that is too large, endless or binary: a bounded read, one line, exit 2,
 * and the corpus it would have replaced left exactly as it was, with no temporary file beside it.
 */
class IngestSafetyTest {
  @TempDir Path dir;

  private Path previous() throws IOException {
    Path out = dir.resolve("corpus.json");
    Files.writeString(out, "{\"previous\": true}\n", StandardCharsets.UTF_8);
    return out;
  }

  private void assertRefused(Path source, String what) throws IOException {
    Path out = previous();
    Run.Result result = Run.exec("ingest", source.toString(), "-o", out.toString());
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("convo: " + source + ": " + what + "\n");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("{\"previous\": true}\n");
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aHugeTranscriptIsRefusedAfterAtMostTheLimit() throws IOException {
    Path huge = dir.resolve("huge.md");
    try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(100L * 1000 * 1000);
    }
    assertRefused(huge, "larger than the 16 MiB a transcript may have");
  }

  @Test
  void anEndlessInputIsRefusedAfterAtMostTheLimit() throws IOException {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "a /dev/zero");
    assertRefused(zero, "larger than the 16 MiB a transcript may have");
  }

  @Test
  void binaryInputIsRefused() throws IOException {
    Path binary = dir.resolve("image.md");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    assertRefused(binary, "a binary file (NUL byte at offset 8), not a transcript");
  }
}
