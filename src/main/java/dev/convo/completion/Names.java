package dev.convo.completion;

import dev.convo.cli.HelpText;
import dev.convo.cli.QualifiedId;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.library.Library;
import dev.convo.library.LibraryException;
import dev.convo.query.Conversation;
import dev.convo.query.Sentences;
import dev.convo.text.Columns;
import dev.convo.text.Env;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names one corpus offers, each with a description a reader can choose by: a topic's titles,
 * a section's, the first words of a turn, a quote or a sentence, a speaker's name; and the ids of
 * the library's conversations, qualified by their names ({@code tea/1:2}). Each list is worked out
 * once, when first asked for, in reading order.
 */
public final class Names {
  /** Columns of a turn's or a quote's opening words shown beside its id: enough to recognise it. */
  public static final int GIST_COLUMNS = 30;

  private final Corpus corpus;
  /** Where the library is found, or null: then no conversation is offered. */
  private final Env env;
  private final Map<CorpusList, List<Candidate>> lists = new EnumMap<>(CorpusList.class);
  /** The names of the library's conversations asked for so far; null for one the library lacks. */
  private final Map<String, Names> conversations = new HashMap<>();

  /** The names of {@code corpus}, and no conversation: a script's fixed tables. */
  public Names(Corpus corpus) {
    this(corpus, null);
  }

  /** The names of {@code corpus}, and the conversations of the library of {@code env}. */
  public Names(Corpus corpus, Env env) {
    this.corpus = corpus;
    this.env = env;
  }

  /** Every value of {@code list}, in the corpus's order. */
  public List<Candidate> all(CorpusList list) {
    return lists.computeIfAbsent(list, this::compute);
  }

  /**
   * The values of {@code list} a shell script offers: each once, and only those a shell takes
   * unquoted.
   */
  public List<Candidate> typable(CorpusList list) {
    Set<String> seen = new HashSet<>();
    return all(list).stream().filter(c -> c.typable() && seen.add(c.value())).toList();
  }

  /**
   * The values of {@code list} to offer for {@code word}, the word being typed: all of them, but
   * turns only once the word names their section ({@code 7:}), sentences once it names their turn
   * ({@code 8:8/}) and, before that, the turns of the section it names, each leading on to its
   * sentences.
   */
  public List<Candidate> forWord(CorpusList list, String word) {
    QualifiedId id = QualifiedId.of(word);
    if (id.qualified()) {
      return qualified(list, id);
    }
    int colon = word.indexOf(':');
    int slash = word.indexOf('/');
    return switch (list) {
      case TURNS -> colon < 0 ? List.of() : turnsOf(word.substring(0, colon));
      case SENTENCES -> {
        if (slash >= 0) {
          yield corpus.turn(word.substring(0, slash)).map(Names::sentences).orElse(List.of());
        }
        yield colon < 0 ? List.of()
            : turnsOf(word.substring(0, colon)).stream().map(t -> t.leadingOn("/")).toList();
      }
      default -> colon < 0 ? all(list) : List.of();
    };
  }

  /**
   * For a word that names a conversation of the library before a slash ({@code tea/}): its turns,
   * or its quotes, all at once in reading order, and its sentences once the word names their turn
   * ({@code tea/1:2/}); each as its id qualified by the name. Nothing where the library has no
   * conversation of that name.
   */
  private List<Candidate> qualified(CorpusList list, QualifiedId id) {
    Names names = conversations.computeIfAbsent(id.conversation(), this::conversation);
    if (names == null) {
      return List.of();
    }
    List<Candidate> local = switch (list) {
      case TURNS -> names.all(list);
      case QUOTES -> id.local().indexOf(':') < 0 ? names.all(list) : List.of();
      case SENTENCES -> id.local().indexOf('/') < 0 ? List.of() : names.forWord(list, id.local());
      default -> List.of();
    };
    return local.stream().map(c -> c.of(id.conversation())).toList();
  }

  /** The names of conversation {@code name} of the library, or null when there is none such. */
  private Names conversation(String name) {
    if (env == null) {
      return null;
    }
    try {
      return new Names(Library.of(env).corpus(name));
    } catch (LibraryException e) {
      return null;
    }
  }

  private List<Candidate> compute(CorpusList list) {
    List<Candidate> out = new ArrayList<>();
    switch (list) {
      case TOPICS -> {
        for (Topic topic : corpus.topics()) {
          out.add(candidate(topic.slug(), topic.title() + " · " + topic.titleZh(), topic.titleZh()));
        }
        for (Topic topic : corpus.topics()) {
          for (String alias : topic.aliases()) {
            out.add(candidate(alias, topic.title() + " (" + topic.slug() + ")", topic.titleZh()));
          }
        }
      }
      case SECTIONS -> {
        for (Section section : corpus.sections()) {
          out.add(candidate(section.id(), section.titleEn() + " · " + section.title(), section.title()));
        }
      }
      case QUOTES -> {
        for (Quote quote : corpus.quotes()) {
          out.add(candidate(quote.id(), gist(quote.text())));
        }
      }
      case TURNS -> {
        for (Turn turn : corpus.turns()) {
          out.add(turn(turn));
        }
      }
      case SENTENCES -> {
        for (Turn turn : corpus.turns()) {
          out.addAll(sentences(turn));
        }
      }
      case SPEAKERS -> {
        for (Speaker speaker : corpus.speakers()) {
          out.add(candidate(speaker.id(), speaker.name()));
        }
      }
      case CONVERSATIONS -> {
        for (Conversation conversation : conversations()) {
          out.add(candidate(conversation.name(), conversation.title()));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The library's conversations; none when there is no library to read: completion never fails. */
  private List<Conversation> conversations() {
    if (env == null) {
      return List.of();
    }
    try {
      return Library.of(env).list();
    } catch (LibraryException e) {
      return List.of();
    }
  }

  private List<Candidate> turnsOf(String sectionId) {
    Optional<Section> section = corpus.section(sectionId);
    return section.map(s -> s.turns().stream().map(this::turn).toList()).orElse(List.of());
  }

  private Candidate turn(Turn turn) {
    String label = corpus.speaker(turn.speaker()).map(Speaker::label).orElse(turn.speaker());
    return candidate(turn.id(), label + ": " + gist(turn.paragraphs().get(0)));
  }

  private static List<Candidate> sentences(Turn turn) {
    return Sentences.of(turn).stream().map(s -> candidate(s.id(), gist(s.text()))).toList();
  }

  /** The start of {@code text}, on one line, in at most {@link #GIST_COLUMNS} columns. */
  public static String gist(String text) {
    return Columns.shorten(HelpText.oneLine(text), GIST_COLUMNS);
  }

  private static Candidate candidate(String value, String description) {
    return candidate(value, description, description);
  }

  /** Every description is escaped here: an escape sequence in a title must not reach a terminal. */
  private static Candidate candidate(String value, String description, String brief) {
    return new Candidate(value, Escape.line(HelpText.oneLine(description)),
        Escape.line(HelpText.oneLine(brief)));
  }
}
