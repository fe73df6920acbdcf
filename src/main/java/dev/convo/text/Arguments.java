package dev.convo.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Recovers command-line arguments the JVM decoded with the wrong charset. Under {@code LANG=C} Java
 * decodes argv as ASCII, so {@code convo search 核聚变} would arrive as replacement characters. On
 * Linux the exact bytes are still in {@code /proc/self/cmdline}: the last {@code args.length}
 * entries are the program's arguments, and they are decoded here as UTF-8.
 */
public final class Arguments {
  private static final Path CMDLINE = Path.of("/proc/self/cmdline");

  private Arguments() {}

  public static String[] utf8(String[] args) {
    if (StandardCharsets.UTF_8.name().equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))
        || !damaged(args)) {
      return args;
    }
    try {
      List<String> all = split(Files.readAllBytes(CMDLINE));
      if (all.size() < args.length) {
        return args;
      }
      return all.subList(all.size() - args.length, all.size()).toArray(String[]::new);
    } catch (IOException | SecurityException e) {
      return args;
    }
  }

  private static boolean damaged(String[] args) {
    for (String arg : args) {
      for (int i = 0; i < arg.length(); i++) {
        char c = arg.charAt(i);
        if (c == '\uFFFD' || c == '?' || c > 0x7F) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> split(byte[] cmdline) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        parts.add(new String(cmdline, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    if (start < cmdline.length) {
      parts.add(new String(cmdline, start, cmdline.length - start, StandardCharsets.UTF_8));
    }
    return parts;
  }
}
