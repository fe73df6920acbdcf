package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.Stats;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class StatsCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final CommandSpec spec = CommandBuilder.command(this, "stats")
      .standardHelpOptions()
      .description("Turns and characters per speaker and per section, with bar charts on a"
          + " terminal and the same numbers in every machine format.")
      .add(output)
      .example("convo stats")
      .example("convo stats --format jsonl | grep '\"scope\":\"speaker\"'")
      .build();

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    try (Output out = output.open()) {
      out.renderer(corpus).stats(Stats.of(corpus));
    }
    return ExitCode.OK;
  }
}
