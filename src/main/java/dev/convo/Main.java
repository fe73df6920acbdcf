package dev.convo;

import dev.convo.cli.Arguments;
import dev.convo.cli.Cli;
import dev.convo.cli.Env;
import dev.convo.shell.CompletionCommand;
import dev.convo.shell.ManPageCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

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
      status = commandLine(out, err, Env.system()).execute(Arguments.utf8(args));
    } finally {
      out.flush();
      err.flush();
    }
    System.exit(status);
  }

  /**
   * The whole command tree: the CLI's commands and the shell integration built over them. The
   * completion scripts and the man page are generated from this very tree.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env) {
    CommandLine commandLine = Cli.commandLine(out, err, env)
        .addSubcommand(new CompletionCommand())
        .addSubcommand(new ManPageCommand());
    Cli.decorate(commandLine);
    return commandLine.setOut(out).setErr(err);
  }

  /** UTF-8 whatever the locale: under LANG=C Java would print '?' for every Chinese character. */
  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8));
  }
}
