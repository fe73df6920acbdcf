package dev.convo;

import dev.convo.cli.Cli;
import dev.convo.cli.Env;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point: wires the command tree (and the parts built around it, downstream of the CLI) to
 * UTF-8 standard streams and exits with its status.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int status;
    try {
      status = Cli.commandLine(out, err, Env.system()).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
    System.exit(status);
  }

  /** UTF-8 whatever the locale: under LANG=C Java would print '?' for every Chinese character. */
  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8));
  }
}
