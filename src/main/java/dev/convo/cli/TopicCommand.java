package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.QueryException;
import dev.convo.query.Topics;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "topic",
    mixinStandardHelpOptions = true,
    description = {
      "Everything about one topic: its titles, its key quotes, then the dialogue of its sections"
          + " and the turns elsewhere that mention it.",
      "Names are forgiving: case, gpt5, GPT-5, ＧＰＴ－５ and Chinese aliases all work; an unknown"
          + " name suggests the closest ones."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  convo topic gpt-5",
      "  convo topic 核聚变 --format markdown > fusion.md"
    })
final class TopicCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Parameters(arity = "1..*", paramLabel = "TOPIC",
      description = "A topic's slug, alias or title (several words are one name).")
  List<String> words;

  @Override
  public Integer call() throws QueryException {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    Topics topics = new Topics(corpus);
    var view = topics.view(topics.resolve(String.join(" ", words)));
    try (Output out = output.open()) {
      out.renderer(corpus).topic(view);
    }
    return ExitCode.OK;
  }
}
