package dev.convo.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.Tools;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a real shell (or groff) in a subprocess, with a bounded wait, and keeps what it printed. */
record ShellProcess(int exitCode, String stdout, String stderr) {
  private static final long TIMEOUT_SECONDS = 60;

  static ShellProcess run(List<String> command, Path directory, Map<String, String> environment,
      String stdin) {
    Tools.require(command.get(0));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().put("LANG", "C.UTF-8");
    builder.environment().remove("CONVO_CORPUS");
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      CompletableFuture<String> out = drain(process.getInputStream());
      CompletableFuture<String> err = drain(process.getErrorStream());
      process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      assertThat(finished).as("%s finished within %d s", command, TIMEOUT_SECONDS).isTrue();
      return new ShellProcess(process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static ShellProcess run(List<String> command, Path directory) {
    return run(command, directory, Map.of(), "");
  }

  List<String> lines() {
    return stdout.isEmpty() ? List.of() : List.of(stdout.split("\n"));
  }

  private static CompletableFuture<String> drain(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
