package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Turn;
import dev.convo.query.Fold;
import dev.convo.query.QueryException;
import dev.convo.query.TopicView;
import dev.convo.query.Topics;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --speaker}, {@code --section} and {@code --topic}: which part of the interview to draw from. */
public final class FilterOptions implements CommandBuilder.OptionGroup {
  private final OptionSpec speaker = CommandBuilder.option(String.class, "SPEAKER",
      "Only this speaker: lex or sam; any speaker's id, label or name, or a word of a name no one else has.", "--speaker");
  private final OptionSpec section = CommandBuilder.option(String.class, "ID",
      "Only this section: its id (7, 1a) or slug (q-star).", "--section");
  private final OptionSpec topic = CommandBuilder.option(String.class, "TOPIC",
      "Only turns about this topic (see 'convo topics').", "--topic");

  @Override
  public void addTo(CommandSpec command) {
    command.addOption(speaker).addOption(section).addOption(topic);
  }

  /**
   * The filter as ids the corpus knows; an unknown name is a usage error. {@code turns} and
   * {@code quotes} are the ids of the topic's turns and quotes, or null without {@code --topic}.
   */
  public record Resolved(String speaker, String section, Set<String> turns, Set<String> quotes)
      implements Predicate<Turn> {
    @Override
    public boolean test(Turn turn) {
      return (speaker == null || speaker.equals(turn.speaker()))
          && (section == null || section.equals(turn.section()))
          && (turns == null || turns.contains(turn.id()));
    }
  }

  /** Whether any of these options was given. */
  boolean given() {
    return speaker.getValue() != null || section.getValue() != null || topic.getValue() != null;
  }

  /** Whether {@code --topic} was given, whose turns only the whole text settles. */
  boolean byTopic() {
    return topic.getValue() != null;
  }

  public Resolved resolve(Corpus corpus) throws QueryException {
    String topicName = topic.getValue();
    Set<String> turns = null;
    Set<String> quotes = null;
    if (topicName != null) {
      Topics topics = new Topics(corpus);
      TopicView view = topics.view(topics.resolve(topicName));
      turns = new HashSet<>();
      for (Turn turn : view.turns()) {
        turns.add(turn.id());
      }
      quotes = new HashSet<>();
      for (Quote quote : view.quotes()) {
        quotes.add(quote.id());
      }
    }
    String speakerName = speaker.getValue();
    String sectionName = section.getValue();
    return new Resolved(speakerName == null ? null : speaker(corpus, speakerName),
        sectionName == null ? null : section(corpus, sectionName), turns, quotes);
  }

  /**
   * The speaker {@code speaker} names: by id, label or full name, else by one word of the full name
   * ({@code altman}). A name that fits two speakers equally is an error listing their ids, never a
   * silent pick of one.
   */
  private static String speaker(Corpus corpus, String speaker) throws QueryException {
    String key = Fold.key(speaker);
    List<String> named = new ArrayList<>();
    List<String> byWord = new ArrayList<>();
    for (Speaker s : corpus.speakers()) {
      if (Fold.key(s.id()).equals(key) || Fold.key(s.label()).equals(key) || Fold.key(s.name()).equals(key)) {
        named.add(s.id());
      } else if (Arrays.stream(s.name().split("\\s+")).anyMatch(word -> Fold.key(word).equals(key))) {
        byWord.add(s.id());
      }
    }
    List<String> found = named.isEmpty() ? byWord : named;
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.size() > 1) {
      throw new QueryException("ambiguous speaker '" + Escape.line(speaker) + "' (could be "
          + String.join(" or ", found) + ")");
    }
    throw new QueryException("unknown speaker '" + Escape.line(speaker) + "' (expected "
        + String.join(" or ", corpus.speakers().stream().map(Speaker::id).toList()) + ")");
  }

  private static String section(Corpus corpus, String section) throws QueryException {
    String key = Fold.key(section);
    for (Section s : corpus.sections()) {
      if (Fold.key(s.id()).equals(key) || Fold.key(s.slug()).equals(key)) {
        return s.id();
      }
    }
    throw new QueryException("unknown section '" + Escape.line(section) + "' (sections: "
        + String.join(", ", corpus.sections().stream().map(Section::id).toList()) + ")");
  }
}
