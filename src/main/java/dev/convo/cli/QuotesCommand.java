package dev.convo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class QuotesCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandBuilder.command(this, "quotes")
      .standardHelpOptions()
      .description("Key quotes: the lines the source set in bold or the editor picked as favourites.")
      .example("convo quotes random --daily", "one a day, for a shell's start-up file")
      .example("convo quotes list")
      .example("convo quotes show q7 --context")
      .build();

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
