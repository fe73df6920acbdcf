package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Topic;
import dev.convo.query.QueryException;
import dev.convo.query.TopicView;
import dev.convo.query.Topics;
import dev.convo.render.Renderer;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

public final class TopicCommand extends RecordsCommand<PerConversation<TopicView>> {
  private final PositionalParamSpec words = CommandBuilder.words("1..*", "TOPIC",
      "A topic's slug, alias, title, a section's title, a name or keyword (several words are one name).");
  private final OptionSpec in = LibraryScope.in("Look in");

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
                + " name suggests the closest ones.",
            "With conversations added to the library it prints the topic from every conversation that"
                + " has it, under its name, and ids name their conversation (altman-2024/8:8); a name"
                + " after a conversation's and a slash (altman-2024/gpt-5) or --in chooses.")
        .add(words, in)
        .example("convo topic gpt-5")
        .example("convo topic 核聚变 --format markdown > fusion.md")
        .example("convo topic altman-2024/gpt-5", "in one conversation of the library");
  }

  @Override
  protected PerConversation<TopicView> find(Corpus corpus) throws QueryException {
    String name = String.join(" ", words.<List<String>>getValue());
    List<String> in = this.in.getValue();
    String conversation = conversation(name);
    if (conversation != null) {
      if (!in.isEmpty() && !in.contains(conversation)) {
        throw new ConvoException(ExitCode.USAGE, "'" + name + "' names the conversation " + conversation
            + ", which --in leaves out");
      }
      name = name.substring(conversation.length() + 1);
      in = List.of(conversation);
    }
    String topic = name;
    LibraryScope scope = LibraryScope.of(root(), in);
    // Classes, not lambdas: the first lambda of a process costs a one-shot command milliseconds.
    PerConversation<TopicView> found = PerConversation.findWhere(scope, corpus,
        new PerConversation.Finder<Optional<TopicView>>() {
          @Override
          public Optional<TopicView> find(Corpus c) {
            Topics topics = new Topics(c);
            Optional<Topic> named = topics.find(topic);
            return named.isPresent() ? Optional.of(topics.view(named.get())) : Optional.empty();
          }
        });
    if (found.isEmpty()) {
      throw Topics.unknown(topic, PerConversation.find(scope, corpus, new PerConversation.Finder<Topics>() {
        @Override
        public Topics find(Corpus c) {
          return new Topics(c);
        }
      }).values());
    }
    return found;
  }

  /**
   * The conversation of the library that {@code name} names before a slash ({@code altman-2024/gpt-5}),
   * or null: for a name without one, or whose part before the slash is no conversation's (a topic
   * may have a slash in its name), or when {@code --corpus} leaves the library out or there is none.
   */
  private String conversation(String name) {
    int slash = name.indexOf('/');
    if (slash <= 0 || root().corpusGiven() || root().env().dataHome() == null) {
      return null;
    }
    String prefix = name.substring(0, slash);
    return LibraryCommand.names(LibraryCommand.open(root()), List.of()).contains(prefix) ? prefix : null;
  }

  @Override
  protected void print(Renderer renderer, PerConversation<TopicView> topics) {
    for (TopicView found : topics.values()) {
      renderer.topic(found);
    }
  }

  @Override
  protected void print(Output out, Corpus corpus, PerConversation<TopicView> topics) {
    topics.print(out, printer());
  }
}
