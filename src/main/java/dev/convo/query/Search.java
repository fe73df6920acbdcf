package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches turns. Results are ranked by {@link #score}: more matches first, a match inside a key
 * quote counting three times; equal scores keep reading order.
 */
public final class Search {
  static final int KEY_QUOTE_WEIGHT = 3;

  private final Corpus corpus;

  public Search(Corpus corpus) {
    this.corpus = corpus;
  }

  public List<Hit> run(SearchQuery query, Predicate<Turn> filter) {
    // Chinese terms match the text as written; only others need the folded text, built once.
    boolean folding = false;
    for (String term : query.terms()) {
      folding |= !Fold.isFixed(term);
    }
    FoldedText text = folding ? FoldedText.of(corpus) : null;
    List<Hit> hits = new ArrayList<>();
    for (Turn turn : corpus.turns()) {
      if (filter.test(turn)) {
        Hit hit = match(turn, folding ? text.paragraphs(turn) : turn.paragraphs(), query);
        if (hit != null) {
          hits.add(hit);
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::score).reversed()
        .thenComparingInt(h -> h.turn().seq()));
    return hits;
  }

  /** A hit counts each match once, plus {@code KEY_QUOTE_WEIGHT - 1} more if it lies in a key quote. */
  public static int score(int matches, int keyQuoteMatches) {
    return matches + (KEY_QUOTE_WEIGHT - 1) * keyQuoteMatches;
  }

  /** {@code folded} is the turn's paragraphs folded, or as written if every term is fixed. */
  private Hit match(Turn turn, List<String> folded, SearchQuery query) {
    List<Match> matches = new ArrayList<>();
    for (String term : query.terms()) {
      int before = matches.size();
      for (int p = 0; p < folded.size(); p++) {
        String text = folded.get(p);
        for (int at = Terms.indexOf(text, term, 0); at >= 0;
            at = Terms.indexOf(text, term, at + term.length())) {
          matches.add(new Match(p, at, at + term.length()));
        }
      }
      if (matches.size() == before) {
        return null;
      }
    }
    for (Pattern pattern : query.patterns()) {
      int before = matches.size();
      for (int p = 0; p < turn.paragraphs().size(); p++) {
        Matcher m = pattern.matcher(turn.paragraphs().get(p));
        while (m.find()) {
          if (m.end() > m.start()) {
            matches.add(new Match(p, m.start(), m.end()));
          }
        }
      }
      if (matches.size() == before) {
        return null;
      }
    }
    matches.sort(Comparator.comparingInt(Match::paragraph).thenComparingInt(Match::start)
        .thenComparingInt(Match::end));
    int inQuotes = 0;
    List<Quote> quotes = corpus.quotesIn(turn);
    for (Match match : matches) {
      for (Quote quote : quotes) {
        if (quote.paragraph() == match.paragraph() && quote.editorsChoice()) {
          String paragraph = turn.paragraphs().get(quote.paragraph());
          int start = paragraph.offsetByCodePoints(0, quote.start());
          int end = paragraph.offsetByCodePoints(0, quote.end());
          if (match.start() < end && match.end() > start) {
            inQuotes++;
            break;
          }
        }
      }
    }
    return new Hit(turn, matches, inQuotes, score(matches.size(), inQuotes));
  }
}
