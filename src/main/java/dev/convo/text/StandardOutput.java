package dev.convo.text;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard output that remembers why a write failed. A {@link java.io.PrintWriter} only says that
 * one did, yet a reader who went away ({@code | head -1}) is normal while a full disk
 * ({@code > /dev/full}) loses output and must be reported.
 */
public final class StandardOutput extends FilterOutputStream {
  private IOException failure;

  public StandardOutput() {
    super(new FileOutputStream(FileDescriptor.out));
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private IOException failed(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /**
   * Why output was lost, or null if it was not, or only because the reader closed the pipe. A
   * write to a pipe or socket fails only that way; the message is checked too where /proc is
   * missing.
   */
  public String lost() {
    if (failure == null || String.valueOf(failure.getMessage()).contains("Broken pipe") || toAPipe()) {
      return null;
    }
    return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
  }

  private static boolean toAPipe() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
      return target.startsWith("pipe:") || target.startsWith("socket:");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
