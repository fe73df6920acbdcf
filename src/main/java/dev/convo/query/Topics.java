package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds topics by any name a person might type, and what the interview says about them. */
public final class Topics {
  private static final int MAX_SUGGESTIONS = 3;
  private static final List<String> PREFIXES = List.of("on", "the", "关于");
  private static final List<String> CURRENCY = List.of("$", "¥", "￥", "美元");
  private static final Set<String> STOP_WORDS = Set.of("the", "of", "on", "and", "a", "an", "about", "关于", "的", "和");

  private final Corpus corpus;
  private List<Map<String, Topic>> tiers;

  public Topics(Corpus corpus) {
    this.corpus = corpus;
  }

  /**
   * The topic called {@code name}, compared after {@link Fold#key folding} (so {@code GPT-5},
   * {@code gpt5} and {@code ＧＰＴ－５} are the same name), with or without a leading "On", "The" or
   * "关于" and a currency sign ({@code $7 trillion}, {@code 7 万亿}): first by its slug, then an
   * alias, its titles, the titles and slugs of its sections, its further names, its keywords; else
   * by words that all point to it and to no other topic ({@code Musk lawsuit}).
   */
  public Optional<Topic> find(String name) {
    List<String> keys = keys(name);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    for (Map<String, Topic> names : tiers()) {
      for (String key : keys) {
        Topic topic = names.get(key);
        if (topic != null) {
          return Optional.of(topic);
        }
      }
    }
    return byWords(name);
  }

  /**
   * The names of every topic, most authoritative first: slugs, aliases, titles, section titles and
   * slugs, further names, keywords. Within a tier the first topic to claim a name keeps it.
   */
  private List<Map<String, Topic>> tiers() {
    if (tiers != null) {
      return tiers;
    }
    List<Map<String, Topic>> result = new ArrayList<>();
    for (int tier = 0; tier < 6; tier++) {
      result.add(new HashMap<>());
    }
    for (Topic topic : corpus.topics()) {
      claim(result.get(0), topic, List.of(topic.slug()));
      claim(result.get(1), topic, topic.aliases());
      claim(result.get(2), topic, List.of(topic.title(), topic.titleZh()));
      claim(result.get(4), topic, topic.names());
      claim(result.get(5), topic, topic.keywords());
    }
    for (Section section : corpus.sections()) {
      Topic topic = coveringTopic(section);
      if (topic != null) {
        claim(result.get(3), topic, List.of(section.slug(), section.title(), section.titleEn()));
      }
    }
    tiers = result;
    return tiers;
  }

  /** The topic of exactly this section, else the first that covers it among others. */
  private Topic coveringTopic(Section section) {
    Topic covering = null;
    for (Topic topic : corpus.topics()) {
      if (topic.sections().equals(List.of(section.id()))) {
        return topic;
      }
      if (covering == null && topic.sections().contains(section.id())) {
        covering = topic;
      }
    }
    return covering;
  }

  private static void claim(Map<String, Topic> names, Topic topic, List<String> spellings) {
    for (String spelling : spellings) {
      for (String key : keys(spelling)) {
        names.putIfAbsent(key, topic);
      }
    }
  }

  /**
   * The keys under which {@code name} is looked up: its {@link Fold#key key}, then the key without a
   * leading "On", "The" or "关于", without currency signs, or both.
   */
  static List<String> keys(String name) {
    List<String> keys = new ArrayList<>();
    String folded = Fold.fold(name.strip());
    String bare = withoutPrefix(folded);
    for (String form : List.of(folded, bare, withoutCurrency(folded), withoutCurrency(bare))) {
      String key = Fold.key(form);
      if (!key.isEmpty() && !keys.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static String withoutPrefix(String folded) {
    for (String prefix : PREFIXES) {
      if (folded.startsWith(prefix) && folded.length() > prefix.length()) {
        String rest = folded.substring(prefix.length());
        boolean latin = Fold.isWordChar(prefix.charAt(0));
        if (!latin || Character.isWhitespace(rest.charAt(0))) {
          return rest.strip();
        }
      }
    }
    return folded;
  }

  private static String withoutCurrency(String folded) {
    String result = folded;
    for (String sign : CURRENCY) {
      result = result.replace(sign, "");
    }
    return result;
  }

  /**
   * The one topic that every word of {@code name} points to: each word (two at least, leaving out
   * "the", "of" and the like) is a word of one of the topic's names, and no other topic has them all.
   */
  private Optional<Topic> byWords(String name) {
    List<String> words = new ArrayList<>();
    for (String word : words(Fold.fold(name))) {
      if (!STOP_WORDS.contains(word)) {
        words.add(word);
      }
    }
    if (words.size() < 2) {
      return Optional.empty();
    }
    Topic found = null;
    for (Topic topic : corpus.topics()) {
      Set<String> own = new HashSet<>();
      for (String spelling : spellings(topic)) {
        own.addAll(words(Fold.fold(spelling)));
      }
      if (own.containsAll(words)) {
        if (found != null) {
          return Optional.empty();
        }
        found = topic;
      }
    }
    return Optional.ofNullable(found);
  }

  private List<String> spellings(Topic topic) {
    List<String> spellings = new ArrayList<>();
    spellings.add(topic.slug());
    spellings.add(topic.title());
    spellings.add(topic.titleZh());
    spellings.addAll(topic.aliases());
    spellings.addAll(topic.names());
    spellings.addAll(topic.keywords());
    for (Section section : corpus.sections()) {
      if (coveringTopic(section) == topic) {
        spellings.add(section.title());
        spellings.add(section.titleEn());
      }
    }
    return spellings;
  }

  /** The words of folded text: runs between spaces and the separators {@link Fold#key} drops. */
  private static List<String> words(String folded) {
    List<String> words = new ArrayList<>();
    for (String word : folded.split("[\\s\\-_.·・•]+")) {
      String key = withoutCurrency(word);
      if (!key.isEmpty()) {
        words.add(key);
      }
    }
    return words;
  }

  /**
   * Like {@link #find} but an unknown name is an error that suggests the closest slugs and, when the
   * name occurs in the dialogue, searching for it.
   */
  public Topic resolve(String name) throws QueryException {
    Optional<Topic> topic = find(name);
    if (topic.isPresent()) {
      return topic.get();
    }
    throw unknown(name, List.of(this));
  }

  /**
   * The error for {@code name}, a topic of none of {@code conversations}: the closest slugs over them
   * all and, when the name occurs in their dialogue, how to search for it there.
   */
  public static QueryException unknown(String name, List<Topics> conversations) {
    Map<String, Integer> distances = new LinkedHashMap<>();
    int turns = 0;
    for (Topics topics : conversations) {
      topics.distances(name).forEach((slug, distance) -> distances.merge(slug, distance, Math::min));
      turns += topics.turnsMentioning(name);
    }
    List<String> close = closest(distances);
    String occurs = "occurs in " + (turns == 1 ? "1 turn" : turns + " turns") + ": convo search "
        + Names.shellWord(name);
    String hint;
    if (close.isEmpty()) {
      hint = turns == 0 ? " (convo topics lists them all)" : "; it " + occurs;
    } else {
      hint = " — did you mean: " + String.join(", ", close) + "?" + (turns == 0 ? "" : " It " + occurs);
    }
    return new QueryException("unknown topic " + Escape.quoted(name) + hint);
  }

  /** How many turns mention {@code name} as {@code convo search} would find it, as one phrase. */
  private int turnsMentioning(String name) {
    String term = Fold.fold(name.strip());
    if (term.isEmpty()) {
      return 0;
    }
    FoldedText text = FoldedText.of(corpus);
    int count = 0;
    for (Turn turn : corpus.turns()) {
      for (String paragraph : text.paragraphs(turn)) {
        if (Terms.contains(paragraph, term)) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  /**
   * Slugs of the topics whose slug or alias is closest to {@code name} by edit distance, allowing one
   * edit per three characters (at least one), nearest first; or those that start with the name.
   */
  public List<String> suggestions(String name) {
    return closest(distances(name));
  }

  private static List<String> closest(Map<String, Integer> distances) {
    return distances.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .limit(MAX_SUGGESTIONS)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The slugs close enough to {@code name} to suggest, each with its distance, in the corpus's order. */
  private Map<String, Integer> distances(String name) {
    String key = Fold.key(name);
    if (key.isEmpty()) {
      return Map.of();
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
    return best;
  }

  /**
   * What the interview says about {@code topic}: exactly the turns of its turn list, where it has
   * one, and the quotes tagged with it; else its sections' turns and the turns elsewhere that mention
   * a keyword, with the quotes of its sections and those whose paragraph mentions a keyword.
   */
  public TopicView view(Topic topic) {
    Set<String> sections = new HashSet<>(topic.sections());
    List<Turn> sectionTurns = new ArrayList<>();
    List<Turn> mentions = new ArrayList<>();
    Map<String, String> why = new HashMap<>();
    if (!topic.turns().isEmpty()) {
      Set<String> listed = new HashSet<>(topic.turns());
      for (Turn turn : corpus.turns()) {
        if (listed.contains(turn.id())) {
          if (sections.contains(turn.section())) {
            sectionTurns.add(turn);
          } else {
            mentions.add(turn);
            why.put(turn.id(), TopicView.LISTED);
          }
        }
      }
      List<Quote> quotes = new ArrayList<>();
      for (Quote quote : corpus.quotes()) {
        if (quote.topics().contains(topic.slug())) {
          quotes.add(quote);
        }
      }
      quotes.sort(new ReadingOrder(corpus));
      return new TopicView(topic, quotes, sectionTurns, mentions, why);
    }
    List<String> keywords = new ArrayList<>();
    for (String keyword : topic.keywords()) {
      keywords.add(Fold.fold(keyword));
    }
    FoldedText text = FoldedText.of(corpus);
    for (Turn turn : corpus.turns()) {
      if (sections.contains(turn.section())) {
        sectionTurns.add(turn);
      } else {
        String keyword = firstMentioned(text.paragraphs(turn), topic.keywords(), keywords);
        if (keyword != null) {
          mentions.add(turn);
          why.put(turn.id(), "keyword: " + keyword);
        }
      }
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote quote : corpus.quotes()) {
      if (sections.contains(quote.section())
          || (why.containsKey(quote.turn()) && mentionsAny(foldedParagraphOf(quote, text), keywords))) {
        quotes.add(quote);
      }
    }
    quotes.sort(new ReadingOrder(corpus));
    return new TopicView(topic, quotes, sectionTurns, mentions, why);
  }

  /** The first of {@code keywords} (as written) that one of the folded paragraphs mentions, or null. */
  private static String firstMentioned(List<String> foldedParagraphs, List<String> keywords,
      List<String> foldedKeywords) {
    for (int k = 0; k < keywords.size(); k++) {
      for (String paragraph : foldedParagraphs) {
        if (Terms.contains(paragraph, foldedKeywords.get(k))) {
          return keywords.get(k);
        }
      }
    }
    return null;
  }

  public List<TopicView> all() {
    List<TopicView> all = new ArrayList<>(corpus.topics().size());
    for (Topic topic : corpus.topics()) {
      all.add(view(topic));
    }
    return all;
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
