package dev.convo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * picocli reaches the tests once, as the build's own compile of its sources at Java 17: its
 * published jar holds Java 5 class files, which class-data sharing refuses to archive, and a second
 * copy on a class path would leave the order of the path to decide which one runs.
 * {@link PicocliBuildIT} makes the same checks on the integration tests' class path.
 */
class PicocliBuildTest {
  /** The class-file major version of Java 17. */
  static final int JAVA_17 = 61;

  /** The jar the build makes of picocli; the pom passes its path to the tests. */
  static Path picocliJar() throws IOException {
    String jar = System.getProperty("convo.picocliJar");
    assertThat(jar).as("the convo.picocliJar property, which the pom sets for the tests").isNotNull();
    return Path.of(jar).toRealPath();
  }

  /** The class-file major version of {@code classFile}. */
  static int major(InputStream classFile) throws IOException {
    DataInputStream in = new DataInputStream(classFile);
    assertThat(in.readInt()).as("class-file magic").isEqualTo(0xCAFEBABE);
    in.readUnsignedShort();
    return in.readUnsignedShort();
  }

  @Test
  void picocliIsOnTheClassPathOnceFromTheJarTheBuildMade() throws Exception {
    List<URL> copies = Collections.list(getClass().getClassLoader().getResources("picocli/CommandLine.class"));
    assertThat(copies).as("picocli/CommandLine.class on the class path").hasSize(1);
    URL location = CommandLine.class.getProtectionDomain().getCodeSource().getLocation();
    assertThat(Path.of(location.toURI()).toRealPath()).isEqualTo(picocliJar());
  }

  @Test
  void picocliAsLoadedIsJava17Code() throws IOException {
    try (InputStream loaded = CommandLine.class.getResourceAsStream("CommandLine.class")) {
      assertThat(loaded).isNotNull();
      assertThat(major(loaded)).isGreaterThanOrEqualTo(JAVA_17);
    }
  }

  @Test
  void everyClassInThePicocliJarIsJava17Code() throws IOException {
    assertThat(Files.isRegularFile(picocliJar())).isTrue();
    int classes = 0;
    try (JarFile jar = new JarFile(picocliJar().toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (entry.getName().endsWith(".class")) {
          classes++;
          try (InputStream in = jar.getInputStream(entry)) {
            assertThat(major(in)).as(entry.getName()).isGreaterThanOrEqualTo(JAVA_17);
          }
        }
      }
    }
    assertThat(classes).isPositive();
  }
}
