package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What to say when a search finds nothing: the query that would have matched had traditional
 * characters been read as simplified and the glossary been used (when {@code --exact} kept them
 * off), and the topic closest to what was typed.
 */
public final class NoMatch {
  private NoMatch() {}

  /** The hint after "no turn matches …", starting with "; ", or empty when there is none. */
  public static String hint(Corpus corpus, SearchQuery query, Predicate<Turn> filter, List<String> typed) {
    StringBuilder hint = new StringBuilder();
    if (query.exact() && !query.terms().isEmpty()) {
      List<String> matching = matchingTerms(corpus, query, filter);
      if (matching != null) {
        int turns = new Search(corpus).run(SearchQuery.of(matching, true), filter).size();
        hint.append("; --exact searches only what was typed: convo search ")
            .append(String.join(" ", matching.stream().map(Names::shellWord).toList()))
            .append(" finds ").append(turns == 1 ? "1 turn" : turns + " turns");
      }
    }
    closestTopic(corpus, String.join(" ", typed)).ifPresent(slug ->
        hint.append("; the closest topic: convo topic ").append(slug));
    return hint.toString();
  }

  /**
   * Each term as the text writes it, found by itself without {@code --exact}: simplified, or else the
   * first glossary form that occurs; null when that query still matches nothing.
   */
  private static List<String> matchingTerms(Corpus corpus, SearchQuery query, Predicate<Turn> filter) {
    Search search = new Search(corpus);
    List<String> terms = new ArrayList<>();
    for (String term : query.terms()) {
      String simplified = SearchText.term(term, true);
      String found = null;
      if (!search.run(SearchQuery.of(List.of(simplified), true), filter).isEmpty()) {
        found = simplified;
      } else {
        for (String form : search.also(SearchQuery.of(List.of(term), false))) {
          if (!search.run(SearchQuery.of(List.of(form), true), filter).isEmpty()) {
            found = form;
            break;
          }
        }
      }
      if (found == null) {
        return null;
      }
      terms.add(found);
    }
    return search.run(SearchQuery.of(terms, true), filter).isEmpty() ? null : terms;
  }

  private static Optional<String> closestTopic(Corpus corpus, String typed) {
    Topics topics = new Topics(corpus);
    Optional<Topic> named = topics.find(typed);
    if (named.isPresent()) {
      return Optional.of(named.get().slug());
    }
    return topics.suggestions(typed).stream().findFirst();
  }
}
