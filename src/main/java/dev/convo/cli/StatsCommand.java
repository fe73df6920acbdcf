package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.Stats;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Turns and characters per speaker and per section, with bar charts on a"
        + " terminal and the same numbers in every machine format.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  convo stats",
      "  convo stats --format jsonl | grep '\"scope\":\"speaker\"'"
    })
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    try (Output out = output.open()) {
      out.renderer(corpus).stats(Stats.of(corpus));
    }
    return ExitCode.OK;
  }
}
