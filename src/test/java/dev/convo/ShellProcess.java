package dev.convo;

import dev.convo.Child;
import dev.convo.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs a real shell (or groff) in a subprocess, with a bounded wait, and keeps what it printed. */
public record ShellProcess(int exitCode, String stdout, String stderr) {
  private static final long TIMEOUT_SECONDS = 60;

  public static ShellProcess run(List<String> command, Path directory, Map<String, String> environment,
      String stdin) {
    Tools.require(command.get(0));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().put("LANG", "C.UTF-8");
    builder.environment().remove("CONVO_CORPUS");
    builder.environment().putAll(environment);
    Child child = Child.run(builder, stdin.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(TIMEOUT_SECONDS));
    return new ShellProcess(child.status(), new String(child.out(), StandardCharsets.UTF_8),
        new String(child.err(), StandardCharsets.UTF_8));
  }

  public static ShellProcess run(List<String> command, Path directory) {
    return run(command, directory, Map.of(), "");
  }

  public List<String> lines() {
    return stdout.isEmpty() ? List.of() : List.of(stdout.split("\n"));
  }
}
