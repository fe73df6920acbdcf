package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.TopicView;
import dev.convo.query.Topics;
import dev.convo.render.Renderer;
import java.util.List;

public final class TopicsCommand extends RecordsCommand<List<TopicView>> {
  public TopicsCommand() {
    super("topics");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("Every topic with its titles, aliases, and how many turns and key quotes it has.")
        .example("convo topics")
        .example("convo topics --format tsv | cut -f1,2");
  }

  @Override
  protected List<TopicView> find(Corpus corpus) {
    return new Topics(corpus).all();
  }

  @Override
  protected void print(Renderer renderer, List<TopicView> topics) {
    renderer.topics(topics);
  }
}
