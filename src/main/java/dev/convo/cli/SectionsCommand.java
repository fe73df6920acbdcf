package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.Stats;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "sections",
    mixinStandardHelpOptions = true,
    description = "The table of contents: each section's id, number, Chinese and English title,"
        + " turns, and characters per speaker.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  convo sections",
      "  convo sections --format tsv | cut -f1,4"
    })
final class SectionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    try (Output out = output.open()) {
      out.renderer(corpus).sections(Stats.of(corpus));
    }
    return ExitCode.OK;
  }
}
