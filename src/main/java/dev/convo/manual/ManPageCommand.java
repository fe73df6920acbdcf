package dev.convo.manual;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Writes convo(1); the build runs it to put the page in target/man/. */
public final class ManPageCommand implements Callable<Integer> {
  private final OptionSpec output = CommandBuilder.option(Path.class, "FILE",
      "Write the page here.", "-o", "--output");
  private final OptionSpec release = CommandBuilder.option(String.class, "VERSION",
      "The version named in the page's footer (default: this build's).", "--release");
  private final CommandSpec spec = CommandBuilder.command(this, "manpage")
      .hidden()
      .description("Write the convo(1) manual page (roff) to standard output or a file.")
      .standardHelpOptions()
      .add(output, release)
      .build();

  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    String release = this.release.getValue();
    Path output = this.output.getValue();
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
