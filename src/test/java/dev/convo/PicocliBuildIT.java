package dev.convo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link PicocliBuildTest} on the integration tests' class path (inherited), and
 * what of picocli the shaded jar ships: the classes of the build's compile of CommandLine.java,
 * byte for byte, and nothing else of picocli (no AutoComplete: convo writes its own completion
 * scripts).
 */
class PicocliBuildIT extends PicocliBuildTest {
  private static final Path JAR = Path.of(System.getProperty("convo.jar", "target/convo.jar"));

  /** The {@code picocli/} entries of {@code jar}, each with its bytes. */
  private static Map<String, byte[]> picocliEntries(Path jar) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : Collections.list(file.entries())) {
        if (entry.getName().startsWith("picocli/") && !entry.isDirectory()) {
          try (InputStream in = file.getInputStream(entry)) {
            entries.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
    return entries;
  }

  @Test
  void theJarShipsExactlyThePicocliTheBuildCompiled() throws IOException {
    Map<String, byte[]> shipped = picocliEntries(JAR);
    Map<String, byte[]> built = picocliEntries(picocliJar());
    assertThat(shipped.keySet()).containsExactlyElementsOf(built.keySet());
    built.forEach((name, bytes) -> assertThat(shipped.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void thePicocliItShipsIsCommandLineAlone() throws IOException {
    Map<String, byte[]> shipped = picocliEntries(JAR);
    assertThat(shipped).containsKey("picocli/CommandLine.class");
    assertThat(shipped.keySet()).allMatch(name -> name.matches("picocli/CommandLine(\\$[\\w$]+)?\\.class"));
  }
}
