package dev.convo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A file of src/main longer than 400 lines holds more than one thing; it is split by what its parts do. */
class FileSizeTest {
  private static final int MAX_LINES = 400;

  @Test
  void noFileInSrcMainIsLongerThan400Lines() throws IOException {
    Map<Path, Integer> tooLong = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        int lines = Files.readAllLines(file).size();
        if (lines > MAX_LINES) {
          tooLong.put(file, lines);
        }
      }
    }
    assertThat(tooLong).isEmpty();
  }
}
