package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds topics by any name a person might type, and what the interview says about them. */
public final class Topics {
  private static final int MAX_SUGGESTIONS = 3;

  private final Corpus corpus;

  public Topics(Corpus corpus) {
    this.corpus = corpus;
  }

  /**
   * The topic called {@code name}: its slug, an alias, its English or Chinese title, or the slug of
   * one of its sections, compared after {@link Fold#key folding} (so {@code GPT-5}, {@code gpt5} and
   * {@code ＧＰＴ－５} are the same name).
   */
  public Optional<Topic> find(String name) {
    String key = Fold.key(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (Topic topic : corpus.topics()) {
      if (Fold.key(topic.slug()).equals(key)) {
        return Optional.of(topic);
      }
    }
    for (Topic topic : corpus.topics()) {
      for (String alias : topic.aliases()) {
        if (Fold.key(alias).equals(key)) {
          return Optional.of(topic);
        }
      }
    }
    for (Topic topic : corpus.topics()) {
      if (Fold.key(topic.title()).equals(key) || Fold.key(topic.titleZh()).equals(key)) {
        return Optional.of(topic);
      }
    }
    for (Section section : corpus.sections()) {
      if (Fold.key(section.slug()).equals(key)) {
        for (Topic topic : corpus.topics()) {
          if (topic.sections().equals(List.of(section.id()))) {
            return Optional.of(topic);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Like {@link #find} but an unknown name is an error that suggests the closest slugs. */
  public Topic resolve(String name) throws QueryException {
    Optional<Topic> topic = find(name);
    if (topic.isPresent()) {
      return topic.get();
    }
    List<String> close = suggestions(name);
    throw new QueryException("unknown topic " + Names.quoted(name)
        + (close.isEmpty()
            ? " (convo topics lists them all)"
            : " — did you mean: " + String.join(", ", close) + "?"));
  }

  /**
   * Slugs of the topics whose slug or alias is closest to {@code name} by edit distance, allowing one
   * edit per three characters (at least one), nearest first; or those that start with the name.
   */
  public List<String> suggestions(String name) {
    String key = Fold.key(name);
    if (key.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> best = new LinkedHashMap<>();
    for (Topic topic : corpus.topics()) {
      List<String> names = new ArrayList<>();
      names.add(topic.slug());
      names.addAll(topic.aliases());
      for (String candidate : names) {
        String other = Fold.key(candidate);
        int allowed = Math.max(1, Math.min(key.length(), other.length()) / 3);
        // Lengths further apart than the edits allowed cannot be close: no quadratic work for a
        // megabyte-long name.
        int apart = Math.abs(key.codePointCount(0, key.length()) - other.codePointCount(0, other.length()));
        int distance = apart > allowed ? apart : Distance.between(key, other);
        if (key.length() >= 2 && other.startsWith(key) && distance > allowed) {
          distance = allowed;
        }
        if (distance <= allowed) {
          best.merge(topic.slug(), distance, Math::min);
        }
      }
    }
    return best.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .limit(MAX_SUGGESTIONS)
        .map(Map.Entry::getKey)
        .toList();
  }

  public TopicView view(Topic topic) {
    Set<String> sections = new HashSet<>(topic.sections());
    List<String> keywords = topic.keywords().stream().map(Fold::fold).toList();
    List<Turn> sectionTurns = new ArrayList<>();
    List<Turn> mentions = new ArrayList<>();
    FoldedText text = FoldedText.of(corpus);
    for (Turn turn : corpus.turns()) {
      if (sections.contains(turn.section())) {
        sectionTurns.add(turn);
      } else if (mentionsAny(text.paragraphs(turn), keywords)) {
        mentions.add(turn);
      }
    }
    Set<String> mentionIds = new HashSet<>();
    mentions.forEach(t -> mentionIds.add(t.id()));
    List<Quote> quotes = corpus.quotes().stream()
        .filter(q -> sections.contains(q.section())
            || (mentionIds.contains(q.turn()) && mentionsAny(foldedParagraphOf(q, text), keywords)))
        .sorted(Comparator.comparingInt((Quote q) -> corpus.turn(q.turn()).orElseThrow().seq())
            .thenComparingInt(Quote::paragraph)
            .thenComparingInt(Quote::start))
        .toList();
    return new TopicView(topic, quotes, sectionTurns, mentions);
  }

  public List<TopicView> all() {
    return corpus.topics().stream().map(this::view).toList();
  }

  private static boolean mentionsAny(List<String> foldedParagraphs, List<String> keywords) {
    for (String paragraph : foldedParagraphs) {
      if (mentionsAny(paragraph, keywords)) {
        return true;
      }
    }
    return false;
  }

  private String foldedParagraphOf(Quote quote, FoldedText text) {
    return text.paragraphs(corpus.turn(quote.turn()).orElseThrow()).get(quote.paragraph());
  }

  private static boolean mentionsAny(String folded, List<String> keywords) {
    for (String keyword : keywords) {
      if (Terms.contains(folded, keyword)) {
        return true;
      }
    }
    return false;
  }
}
