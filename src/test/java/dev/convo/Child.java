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
import java.util.function.Supplier;

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
      CompletableFuture<byte[]> out = inThreadOfItsOwn(() -> drain(process.getInputStream()));
      CompletableFuture<byte[]> err = inThreadOfItsOwn(() -> drain(process.getErrorStream()));
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

  /**
   * Runs {@code work} in a new thread. Not the common pool: on two cores it has one worker, which
   * JDK 25's CompletableFuture uses even then (JDK 17's started a thread per task), so eight
   * children started at once, each waiting for the tasks that drain its output, would wait for
   * one another.
   */
  public static <T> CompletableFuture<T> inThreadOfItsOwn(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, task -> {
      Thread thread = new Thread(task);
      thread.setDaemon(true);
      thread.start();
    });
  }

  private static byte[] drain(InputStream stream) {
    try (stream) {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
