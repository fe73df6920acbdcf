package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.QueryException;
import dev.convo.query.TopicView;
import dev.convo.query.Topics;
import dev.convo.render.Renderer;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

public final class TopicCommand extends RecordsCommand<TopicView> {
  private final PositionalParamSpec words = CommandBuilder.words("1..*", "TOPIC",
      "A topic's slug, alias, title, a section's title, a name or keyword (several words are one name).");

  public TopicCommand() {
    super("topic");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description(
            "Everything about one topic: its titles, its quotes, then the dialogue of its sections and"
                + " the turns elsewhere that are about it, each saying why it is there.",
            "Names are forgiving: case, gpt5, GPT-5, ＧＰＴ－５, Chinese aliases, section titles (On Sora),"
                + " full names (Elon Musk) and words that fit one topic (Musk lawsuit) all work; an unknown"
                + " name suggests the closest ones.")
        .add(words)
        .example("convo topic gpt-5")
        .example("convo topic 核聚变 --format markdown > fusion.md");
  }

  @Override
  protected TopicView find(Corpus corpus) throws QueryException {
    Topics topics = new Topics(corpus);
    return topics.view(topics.resolve(String.join(" ", words.<List<String>>getValue())));
  }

  @Override
  protected void print(Renderer renderer, TopicView topic) {
    renderer.topic(topic);
  }
}
