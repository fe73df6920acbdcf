package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.Stats;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class SectionsCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final CommandSpec spec = CommandBuilder.command(this, "sections")
      .standardHelpOptions()
      .description("The table of contents: each section's id, number, Chinese and English title,"
          + " turns, and characters per speaker.")
      .add(output)
      .example("convo sections")
      .example("convo sections --format tsv | cut -f1,4")
      .build();

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    try (Output out = output.open()) {
      out.renderer(corpus).sections(Stats.of(corpus));
    }
    return ExitCode.OK;
  }
}
