package dev.convo.completion;

import dev.convo.cli.HelpText;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.query.Sentences;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The lists of names a corpus defines that commands take as values. Which argument takes which is
 * read from the argument itself (its option name or parameter label), so a command added later
 * with {@code --topic SLUG} or a {@code QUOTE} parameter completes without touching this package.
 *
 * <p>Turns and sentences are many, and their ids say where they belong ({@code 7:3} is in section
 * 7, {@code 8:8/1} in turn 8:8), so the scripts offer them only once the word being completed
 * names their section ({@code 7:}) or turn ({@code 8:8/}), as the REPL does.
 */
enum CorpusList {
  SECTIONS("section"),
  TOPICS("topic"),
  QUOTES("quote"),
  SPEAKERS("speaker"),
  /** Offered once the word has a colon, those of the section before it. */
  TURNS("turn"),
  /**
   * Offered once the word has a slash, those of the turn before it; before that, once the word has
   * a colon, the turns of its section, each followed by the slash.
   */
  SENTENCES("sentence");

  /**
   * A value the user can type unquoted in every shell. An alias such as {@code q*} would be a glob
   * on the command line, so it is not offered (its slug is).
   */
  private static final Pattern TYPABLE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._+:/-]*");
  /** Code points of a turn's or a sentence's opening words shown beside its id. */
  private static final int GIST = 24;

  private final String noun;

  CorpusList(String noun) {
    this.noun = noun;
  }

  /** The word naming this list on the command line ({@code convo completion --list topic}). */
  String noun() {
    return noun;
  }

  static CorpusList ofNoun(String noun) {
    for (CorpusList list : values()) {
      if (list.noun.equals(noun)) {
        return list;
      }
    }
    throw new IllegalArgumentException(noun);
  }

  /** The corpus lists an argument's values come from; empty for every other argument. */
  static Set<CorpusList> forArgument(CommandSpec command, ArgSpec arg) {
    Set<CorpusList> lists = EnumSet.noneOf(CorpusList.class);
    if (arg instanceof OptionSpec option) {
      for (CorpusList list : values()) {
        if (List.of(option.names()).contains("--" + list.noun)) {
          lists.add(list);
        }
      }
      return lists;
    }
    String label = arg.paramLabel().replaceAll("[<>.]", "").toLowerCase(Locale.ROOT);
    switch (label) {
      case "slug", "topic" -> lists.add(TOPICS);
      case "section" -> lists.add(SECTIONS);
      case "quote" -> lists.add(QUOTES);
      case "speaker" -> lists.add(SPEAKERS);
      case "ref" -> lists.addAll(EnumSet.of(SECTIONS, TOPICS, TURNS));
      case "id" -> {
        if (command.name().equals("show") && command.parent() != null
            && command.parent().name().equals("quotes")) {
          lists.addAll(EnumSet.of(QUOTES, SENTENCES));
        }
      }
      default -> { }
    }
    return lists;
  }

  /** Every value of this list in {@code corpus}, in the corpus's order, with a description. */
  List<CompletionTree.Candidate> candidates(Corpus corpus) {
    List<CompletionTree.Candidate> out = new ArrayList<>();
    switch (this) {
      case TOPICS -> {
        for (Topic topic : corpus.topics()) {
          add(out, topic.slug(), topic.title() + " · " + topic.titleZh());
        }
        for (Topic topic : corpus.topics()) {
          for (String alias : topic.aliases()) {
            add(out, alias, topic.title() + " (" + topic.slug() + ")");
          }
        }
      }
      case SECTIONS -> {
        for (Section section : corpus.sections()) {
          add(out, section.id(), section.titleEn() + " · " + section.title());
        }
      }
      case QUOTES -> {
        for (Quote quote : corpus.quotes()) {
          add(out, quote.id(), HelpText.abbreviate(quote.text(), GIST));
        }
      }
      case TURNS -> {
        for (Turn turn : corpus.turns()) {
          String label = corpus.speaker(turn.speaker()).map(Speaker::label).orElse(turn.speaker());
          add(out, turn.id(), label + ": " + HelpText.abbreviate(turn.paragraphs().get(0), GIST));
        }
      }
      case SENTENCES -> {
        for (Quote sentence : Sentences.of(corpus)) {
          add(out, sentence.id(), HelpText.abbreviate(sentence.text(), GIST));
        }
      }
      case SPEAKERS -> {
        for (Speaker speaker : corpus.speakers()) {
          add(out, speaker.id(), speaker.name());
        }
      }
    }
    return out;
  }

  private static void add(List<CompletionTree.Candidate> out, String value, String description) {
    if (TYPABLE.matcher(value).matches()
        && out.stream().noneMatch(c -> c.value().equals(value))) {
      // Shells print descriptions as they are: an escape sequence in a title must not reach them.
      out.add(new CompletionTree.Candidate(value, Escape.line(HelpText.oneLine(description))));
    }
  }
}
