package dev.convo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JDKs a launcher test can run: the one on PATH (as users have it) and the others installed
 * under /usr/lib/jvm. What the launcher leaves in its cache depends on the JDK: a dynamic
 * class-data-sharing archive ({@code .jsa}, mapped as the top layer) before JDK 25, an AOT cache
 * ({@code .aot}, mapped as the static archive) from JDK 25 on.
 */
public record Jdk(Path home) {
  private static final int AOT_CACHE_SINCE = 25;

  /** The JDK whose {@code java} comes first on PATH. */
  public static Jdk onPath() {
    for (String dir : System.getenv("PATH").split(":")) {
      Path java = Path.of(dir.isEmpty() ? "." : dir, "java");
      if (Files.isExecutable(java)) {
        try {
          return new Jdk(java.toRealPath().getParent().getParent());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new AssertionError("no java on PATH");
  }

  /** A JDK of at least {@code major}, skipping (or failing, where every tool is required) if none. */
  public static Jdk atLeast(int major) {
    Optional<Jdk> jdk = installed().stream().filter(j -> j.major() >= major).findFirst();
    Tools.require("a JDK " + major + " or later under /usr/lib/jvm", jdk.isPresent());
    return jdk.orElseThrow();
  }

  /** A JDK with another exact build than the one on PATH, skipping (or failing) if none. */
  public static Jdk other() {
    String ours = onPath().build();
    Optional<Jdk> jdk = installed().stream().filter(j -> !j.build().isEmpty() && !j.build().equals(ours)).findFirst();
    Tools.require("a second JDK under /usr/lib/jvm", jdk.isPresent());
    return jdk.orElseThrow();
  }

  static List<Jdk> installed() {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return List.of();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes.filter(home -> Files.isExecutable(home.resolve("bin/java"))).sorted().map(Jdk::new).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path java() {
    return home.resolve("bin/java");
  }

  /** 25 for {@code JAVA_RUNTIME_VERSION="25.0.3+9-LTS"}, 0 when the release file has no such line. */
  public int major() {
    String version = build().replaceFirst("^JAVA_RUNTIME_VERSION=\"?", "");
    String digits = version.replaceFirst("[^0-9].*$", "");
    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
  }

  /** The suffix of the launcher's archive for this JDK. */
  public String archiveSuffix() {
    return major() >= AOT_CACHE_SINCE ? ".aot" : ".jsa";
  }

  /** What {@code -Xlog:class+load} says of a class that came from the launcher's archive. */
  public String loadedFromArchive() {
    return major() >= AOT_CACHE_SINCE ? "source: shared objects file" : "source: shared objects file (top)";
  }

  private String build() {
    try (Stream<String> lines = Files.lines(home.resolve("release"))) {
      return lines.filter(l -> l.startsWith("JAVA_RUNTIME_VERSION=")).findFirst().orElse("");
    } catch (IOException e) {
      return "";
    }
  }
}
