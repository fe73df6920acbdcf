package dev.convo;

import com.google.gson.Gson;
import dev.convo.Main;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * A {@code convo} command for shells under test: a script that starts this build's classes, so
 * the completion scripts can find the program on PATH and ask it for another corpus's names.
 */
public final class TestLauncher {
  private TestLauncher() {}

  /** Writes {@code DIR/bin/convo} and returns the bin directory, to put first on PATH. */
  public static Path install(Path dir) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    String classpath = List.of(Main.class, CommandLine.class, Gson.class).stream()
        .map(TestLauncher::location)
        .collect(Collectors.joining(File.pathSeparator));
    Path launcher = bin.resolve("convo");
    Files.writeString(launcher, "#!/bin/sh\nexec '" + javaHome() + "/bin/java' -cp '" + classpath
        + "' dev.convo.Main \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  /** PATH with {@code bin} first. */
  public static String path(Path bin) {
    return bin + File.pathSeparator + System.getenv("PATH");
  }

  private static String javaHome() {
    return System.getProperty("java.home");
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
