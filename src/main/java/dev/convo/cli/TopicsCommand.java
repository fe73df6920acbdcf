package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.Topics;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = "Every topic with its titles, aliases, and how many turns and key quotes it has.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  convo topics",
      "  convo topics --format tsv | cut -f1,2"
    })
final class TopicsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    try (Output out = output.open()) {
      out.renderer(corpus).topics(new Topics(corpus).all());
    }
    return ExitCode.OK;
  }
}
