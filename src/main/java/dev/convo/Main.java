package dev.convo;

import dev.convo.text.Arguments;
import dev.convo.cli.Cli;
import dev.convo.text.Env;
import dev.convo.cli.ExitCode;
import dev.convo.cli.HelpCommand;
import dev.convo.repl.ReplCommand;
import dev.convo.completion.CompletionCommand;
import dev.convo.manual.ManPageCommand;
import dev.convo.text.StandardOutput;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The entry point: wires the command tree (and the parts built around it, downstream of the CLI) to
 * UTF-8 standard streams and exits with its status.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    StandardOutput stdout = new StandardOutput();
    PrintWriter out = utf8(stdout);
    PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
    int status = ExitCode.INTERNAL;
    try {
      Env env = Env.system();
      status = run(command(Arguments.utf8(args), env), out, err, env);
    } finally {
      out.flush();
      String lost = stdout.lost();
      if (lost != null) {
        err.println("convo: cannot write to standard output (" + lost + ")");
        status = ExitCode.USAGE;
      }
      err.flush();
    }
    System.exit(status);
  }

  /**
   * The command line to run for {@code arguments}. On a terminal, {@code convo} alone, or with only
   * global options ({@code convo --corpus mine.json}), is an invitation to browse: the REPL. In a
   * script it stays a usage error.
   */
  static String[] command(String[] arguments, Env env) {
    if (!env.interactive() || !Cli.onlyGlobalOptions(arguments)) {
      return arguments;
    }
    String[] command = Arrays.copyOf(arguments, arguments.length + 1);
    command[arguments.length] = "repl";
    return command;
  }

  /**
   * Runs one command line. A one-shot command builds only its own subcommand, anything else (help,
   * a mistake, the REPL) the whole tree.
   */
  static int run(String[] command, PrintWriter out, PrintWriter err, Env env) {
    Optional<CommandLine> one = Cli.commandLineFor(command, out, err, env);
    return (one.isPresent() ? one.get() : commandLine(out, err, env)).execute(command);
  }

  /**
   * The whole command tree: the CLI's commands, the shell integration and the REPL built over them
   * (the REPL reads this process's standard input), and help about them all. The
   * completion scripts and the man page are generated from this very tree.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env) {
    CommandLine commandLine = Cli.commandLine(out, err, env)
        .addSubcommand(new CommandLine(new CompletionCommand().spec()))
        .addSubcommand(new CommandLine(new ManPageCommand().spec()))
        .addSubcommand(new CommandLine(new ReplCommand(System.in).spec()))
        .addSubcommand(new CommandLine(new HelpCommand().spec()));
    Cli.decorate(commandLine);
    return commandLine.setOut(out).setErr(err);
  }

  /** UTF-8 whatever the locale: under LANG=C Java would print '?' for every Chinese character. */
  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }
}
