package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.QueryException;
import dev.convo.query.TopicView;
import dev.convo.query.Topics;
import dev.convo.render.Renderer;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

public final class TopicsCommand extends RecordsCommand<PerConversation<List<TopicView>>> {
  private final OptionSpec in = LibraryScope.in("List the topics of");

  public TopicsCommand() {
    super("topics");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("Every topic with its titles, aliases, and how many turns and key quotes it has.",
            "With conversations added to the library it lists the topics of each, under its name, and"
                + " ids name their conversation (altman-2024/gpt-5); --in chooses.")
        .add(in)
        .example("convo topics")
        .example("convo topics --format tsv | cut -f1,2")
        .example("convo topics --in altman-2024", "one conversation of the library");
  }

  @Override
  protected PerConversation<List<TopicView>> find(Corpus corpus) throws QueryException {
    return PerConversation.find(LibraryScope.of(root(), in.getValue()), corpus, c -> new Topics(c).all())
        .leavingOut(List::isEmpty);
  }

  @Override
  protected void print(Renderer renderer, PerConversation<List<TopicView>> topics) {
    for (List<TopicView> found : topics.values()) {
      renderer.topics(found);
    }
  }

  @Override
  protected void print(Output out, Corpus corpus, PerConversation<List<TopicView>> topics) {
    topics.print(out, this::print);
  }
}
