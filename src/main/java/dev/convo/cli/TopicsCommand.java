package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.Topics;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class TopicsCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final CommandSpec spec = CommandBuilder.command(this, "topics")
      .standardHelpOptions()
      .description("Every topic with its titles, aliases, and how many turns and key quotes it has.")
      .add(output)
      .example("convo topics")
      .example("convo topics --format tsv | cut -f1,2")
      .build();

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    try (Output out = output.open()) {
      out.renderer(corpus).topics(new Topics(corpus).all());
    }
    return ExitCode.OK;
  }
}
