package dev.convo.shell;

import dev.convo.cli.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes convo(1); the build runs it to put the page in target/man/. */
@Command(
    name = "manpage",
    hidden = true,
    description = "Write the convo(1) manual page (roff) to standard output or a file.",
    mixinStandardHelpOptions = true)
public final class ManPageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the page here.")
  Path output;

  @Option(names = "--release", paramLabel = "VERSION",
      description = "The version named in the page's footer (default: this build's).")
  String release;

  @Override
  public Integer call() throws IOException {
    String version = release != null ? "convo " + release : spec.root().version()[0];
    String page = new ManPage(spec.root(), version).roff();
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(page);
      out.flush();
    } else {
      Path parent = output.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(output, page, StandardCharsets.UTF_8);
    }
    return ExitCode.OK;
  }
}
