package dev.convo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process a test starts, run to its end within a time limit: its output is drained on other
 * threads, so neither a full pipe nor a child that never closes its output can hang the test; one
 * that overruns is killed, with its descendants, and fails the test that started it.
 */
public record Child(int status, byte[] out, byte[] err) {
  /** Starts {@code builder}, writes {@code stdin} (closed at once if null) and waits for the end. */
  public static Child run(ProcessBuilder builder, byte[] stdin, Duration limit) {
    String name = String.join(" ", builder.command());
    try {
      Process process = builder.start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
      try (OutputStream in = process.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin);
        }
      } catch (IOException closedEarly) {
        // A child that exits without reading its input is judged by its status and output.
      }
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError(name + ": still running after " + limit.toSeconds() + " s");
      }
      return new Child(process.exitValue(), out.get(limit.toMillis(), TimeUnit.MILLISECONDS),
          err.get(limit.toMillis(), TimeUnit.MILLISECONDS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new AssertionError(name + ": exited, but something it started still holds its output after "
          + limit.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static byte[] drain(InputStream stream) {
    try (stream) {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
