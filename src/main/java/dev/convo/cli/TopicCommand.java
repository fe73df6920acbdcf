package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.QueryException;
import dev.convo.query.Topics;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class TopicCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final PositionalParamSpec words = CommandBuilder.words("1..*", "TOPIC",
      "A topic's slug, alias, title, a section's title, a name or keyword (several words are one name).");
  private final CommandSpec spec = CommandBuilder.command(this, "topic")
      .standardHelpOptions()
      .description(
          "Everything about one topic: its titles, its quotes, then the dialogue of its sections and"
              + " the turns elsewhere that are about it, each saying why it is there.",
          "Names are forgiving: case, gpt5, GPT-5, ＧＰＴ－５, Chinese aliases, section titles (On Sora),"
              + " full names (Elon Musk) and words that fit one topic (Musk lawsuit) all work; an unknown"
              + " name suggests the closest ones.")
      .add(output)
      .add(words)
      .example("convo topic gpt-5")
      .example("convo topic 核聚变 --format markdown > fusion.md")
      .build();

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws QueryException {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    Topics topics = new Topics(corpus);
    var view = topics.view(topics.resolve(String.join(" ", words.<List<String>>getValue())));
    try (Output out = output.open()) {
      out.renderer(corpus).topic(view);
    }
    return ExitCode.OK;
  }
}
