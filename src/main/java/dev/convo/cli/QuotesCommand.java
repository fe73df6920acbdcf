package dev.convo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Key quotes: the lines the source set in bold or the editor picked as favourites.",
    subcommands = {QuotesRandomCommand.class, QuotesListCommand.class, QuotesShowCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  convo quotes random --daily     one quote a day, for a shell's start-up file",
      "  convo quotes list",
      "  convo quotes show q7 --context"
    })
final class QuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
