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
 * Searches turns, ranked as {@link Ranking} says. A plain term also finds the glossary forms it
 * expands into, unless the query is exact; spacing between Chinese and Latin letters or digits
 * never decides a match ({@link SearchText}).
 */
public final class Search {
  /** Reading order, the longer of two matches that start together first. */
  private static final Comparator<Match> READING = new Comparator<>() {
    @Override
    public int compare(Match a, Match b) {
      if (a.paragraph() != b.paragraph()) {
        return Integer.compare(a.paragraph(), b.paragraph());
      }
      return a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());
    }
  };

  /** The corpus {@link #chars} counted last, and its characters. */
  private static Corpus counted;
  private static long countedChars;

  private final Corpus corpus;
  private final Totals totals;
  private Expansion expansion;

  /**
   * What the whole conversation holds, which ranking weighs terms against: its number of turns and
   * of characters in their paragraphs. A corpus searched may hold only some of them, the turns that
   * an index says may match.
   */
  public record Totals(int turns, long chars) {}

  public Search(Corpus corpus) {
    this(corpus, null);
  }

  /** A search of {@code corpus}, ranked as in a conversation with {@code totals} (null: the corpus's own). */
  public Search(Corpus corpus, Totals totals) {
    this.corpus = corpus;
    this.totals = totals;
  }

  /**
   * One term as searched: the folded forms of what was typed (as typed and, unless the search is
   * exact, simplified) and the folded glossary forms it expands into.
   */
  private record Term(List<String> typed, List<String> expanded) {
    /** Whether folding the text could change where this term matches. */
    boolean needsFoldedText() {
      for (String form : typed) {
        if (!Fold.isFixed(form)) {
          return true;
        }
      }
      for (String form : expanded) {
        if (!Fold.isFixed(form)) {
          return true;
        }
      }
      return false;
    }
  }

  public List<Hit> run(SearchQuery query, Predicate<Turn> filter) {
    List<Term> terms = terms(query);
    boolean simplify = !query.exact() && SearchText.mayBeTraditional(corpus);
    boolean folded = simplify;
    for (Term term : terms) {
      folded |= term.needsFoldedText();
    }
    // Chinese terms match the text as written unless it must be simplified: folding all of it was
    // most of what such a search cost.
    SearchText text = terms.isEmpty() ? null : SearchText.of(corpus,
        simplify ? SearchText.Form.SIMPLIFIED : folded ? SearchText.Form.FOLDED : SearchText.Form.AS_WRITTEN);
    List<Turn> turns = corpus.turns();
    int[] withTerm = new int[terms.size() + query.patterns().size()];
    // For each term, then each expression: the matches in each turn, null where there are none.
    List<List<List<Match>>> byTerm = new ArrayList<>(withTerm.length);
    for (Term term : terms) {
      byTerm.add(find(text, term, turns.size()));
    }
    for (Pattern pattern : query.patterns()) {
      List<List<Match>> byTurn = none(turns.size());
      for (int i = 0; i < turns.size(); i++) {
        List<Match> matches = find(turns.get(i), pattern);
        byTurn.set(i, matches.isEmpty() ? null : matches);
      }
      byTerm.add(byTurn);
    }
    for (int t = 0; t < byTerm.size(); t++) {
      for (List<Match> matches : byTerm.get(t)) {
        if (matches != null) {
          withTerm[t]++;
        }
      }
    }
    int turnCount = totals == null ? turns.size() : totals.turns();
    long chars = totals == null ? chars(corpus) : totals.chars();
    double average = Math.max(1.0, (double) chars / Math.max(1, turnCount));
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < turns.size(); i++) {
      List<List<Match>> matches = inEveryTerm(byTerm, i);
      if (matches != null && filter.test(turns.get(i))) {
        hits.add(hit(turns.get(i), matches, withTerm, turnCount, average));
      }
    }
    hits.sort(Ranking.ORDER);
    return hits;
  }

  /** The matches of each term in the {@code turn}th turn, or null if some term has none there. */
  private static List<List<Match>> inEveryTerm(List<List<List<Match>>> byTerm, int turn) {
    for (List<List<Match>> byTurn : byTerm) {
      if (byTurn.get(turn) == null) {
        return null;
      }
    }
    List<List<Match>> matches = new ArrayList<>(byTerm.size());
    for (List<List<Match>> byTurn : byTerm) {
      matches.add(byTurn.get(turn));
    }
    return matches;
  }

  private static List<List<Match>> none(int turns) {
    List<List<Match>> none = new ArrayList<>(turns);
    for (int i = 0; i < turns; i++) {
      none.add(null);
    }
    return none;
  }

  /**
   * The glossary forms {@code query} also searches, in the order of its terms, as the glossary
   * writes them; none for an exact query.
   */
  public List<String> also(SearchQuery query) {
    List<String> also = new ArrayList<>();
    if (!query.exact()) {
      for (String term : query.terms()) {
        for (String form : expansion().of(term)) {
          if (!also.contains(form)) {
            also.add(form);
          }
        }
      }
    }
    return also;
  }

  /**
   * Every form each term of {@code query} is searched in, folded as {@link #indexed} folds text: a
   * turn can match the query only if, for each term, its indexed text holds one of the term's forms.
   * Regular expressions are not among them: any turn may match one.
   */
  public List<List<String>> forms(SearchQuery query) {
    List<List<String>> forms = new ArrayList<>();
    for (Term term : terms(query)) {
      List<String> folded = new ArrayList<>();
      for (String form : term.typed()) {
        add(folded, SearchText.term(form, true));
      }
      for (String form : term.expanded()) {
        add(folded, SearchText.term(form, true));
      }
      forms.add(folded);
    }
    return forms;
  }

  private static void add(List<String> forms, String form) {
    if (!forms.contains(form)) {
      forms.add(form);
    }
  }

  /**
   * {@code text} as an index of it must hold it for {@link #forms} to be looked up: folded, with
   * traditional characters simplified, so that whatever a search finds in the text as written its
   * forms find here.
   */
  public static String indexed(String text) {
    return SearchText.term(text, true);
  }

  private Expansion expansion() {
    if (expansion == null) {
      expansion = Expansion.of(corpus);
    }
    return expansion;
  }

  private List<Term> terms(SearchQuery query) {
    List<Term> terms = new ArrayList<>();
    for (String term : query.terms()) {
      List<String> typed = new ArrayList<>();
      typed.add(SearchText.term(term, false));
      List<String> expanded = new ArrayList<>();
      if (!query.exact()) {
        String simplified = SearchText.term(term, true);
        if (!typed.contains(simplified)) {
          typed.add(simplified);
        }
        for (String form : expansion().of(term)) {
          String folded = SearchText.term(form, true);
          if (!typed.contains(folded) && !expanded.contains(folded)) {
            expanded.add(folded);
          }
        }
      }
      terms.add(new Term(typed, expanded));
    }
    return terms;
  }

  /**
   * Every match of {@code term} in each turn of {@code text}, in reading order, null where there is
   * none; where two overlap, the longer one alone.
   */
  private static List<List<Match>> find(SearchText text, Term term, int turns) {
    List<List<Match>> byTurn = none(turns);
    for (String form : term.typed()) {
      text.find(form, false, byTurn);
    }
    for (String form : term.expanded()) {
      text.find(form, true, byTurn);
    }
    if (term.typed().size() == 1 && term.expanded().isEmpty()) {
      return byTurn;
    }
    for (int i = 0; i < turns; i++) {
      List<Match> matches = byTurn.get(i);
      if (matches != null) {
        matches.sort(READING);
        List<Match> kept = new ArrayList<>(matches.size());
        for (Match match : matches) {
          Match last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
          if (last == null || last.paragraph() != match.paragraph() || match.start() >= last.end()) {
            kept.add(match);
          }
        }
        byTurn.set(i, kept);
      }
    }
    return byTurn;
  }

  private static List<Match> find(Turn turn, Pattern pattern) {
    List<Match> matches = new ArrayList<>();
    for (int p = 0; p < turn.paragraphs().size(); p++) {
      Matcher m = pattern.matcher(turn.paragraphs().get(p));
      while (m.find()) {
        if (m.end() > m.start()) {
          matches.add(new Match(p, m.start(), m.end(), false));
        }
      }
    }
    return matches;
  }

  /**
   * The characters of every turn of {@code corpus}, counted once for the last corpus asked about,
   * which the REPL searches again and again.
   */
  private static synchronized long chars(Corpus corpus) {
    if (counted != corpus) {
      long chars = 0;
      for (Turn turn : corpus.turns()) {
        chars += length(turn);
      }
      countedChars = chars;
      counted = corpus;
    }
    return countedChars;
  }

  private static int length(Turn turn) {
    int length = 0;
    for (String paragraph : turn.paragraphs()) {
      length += paragraph.length();
    }
    return length;
  }

  private Hit hit(Turn turn, List<List<Match>> byTerm, int[] withTerm, int turnCount, double average) {
    List<Quote> quotes = corpus.quotesIn(turn);
    int[] bounds = charBounds(turn, quotes);
    double score = 0;
    boolean exact = true;
    List<Match> all = new ArrayList<>();
    for (int t = 0; t < byTerm.size(); t++) {
      double count = 0;
      double boosted = 0;
      boolean typed = false;
      for (Match match : byTerm.get(t)) {
        double weight = match.expanded() ? Ranking.EXPANDED : 1;
        count += weight;
        boosted += weight * quoteBoost(match, quotes, bounds);
        typed |= !match.expanded();
      }
      exact &= typed;
      score += Ranking.termScore(Ranking.idf(turnCount, withTerm[t]), count, length(turn), average)
          * boosted / count;
      all.addAll(byTerm.get(t));
    }
    all.sort(READING);
    return new Hit(turn, all, Ranking.rounded(score), exact, phrase(turn, byTerm));
  }

  /**
   * Where each of {@code quotes} starts and ends in its paragraph of {@code turn}, in chars: quotes
   * count code points, matches chars.
   */
  private static int[] charBounds(Turn turn, List<Quote> quotes) {
    int[] bounds = new int[2 * quotes.size()];
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      String paragraph = turn.paragraphs().get(quote.paragraph());
      bounds[2 * q] = paragraph.offsetByCodePoints(0, quote.start());
      bounds[2 * q + 1] = paragraph.offsetByCodePoints(bounds[2 * q], quote.end() - quote.start());
    }
    return bounds;
  }

  /** How much a match counts for being inside a key or a curated quote ({@link #charBounds}). */
  private static double quoteBoost(Match match, List<Quote> quotes, int[] bounds) {
    double boost = 1;
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      if (quote.paragraph() == match.paragraph() && match.start() < bounds[2 * q + 1]
          && match.end() > bounds[2 * q]) {
        boost = Math.max(boost, quote.editorsChoice() ? Ranking.KEY_QUOTE : Ranking.CURATED_QUOTE);
      }
    }
    return boost;
  }

  /**
   * Whether the terms, two or more, occur somewhere in the order typed with nothing but spaces
   * between them.
   */
  private static boolean phrase(Turn turn, List<List<Match>> byTerm) {
    if (byTerm.size() < 2) {
      return false;
    }
    for (Match first : byTerm.get(0)) {
      Match at = first;
      for (int t = 1; t < byTerm.size() && at != null; t++) {
        at = next(turn, at, byTerm.get(t));
      }
      if (at != null) {
        return true;
      }
    }
    return false;
  }

  private static Match next(Turn turn, Match after, List<Match> candidates) {
    String paragraph = turn.paragraphs().get(after.paragraph());
    for (Match match : candidates) {
      if (match.paragraph() == after.paragraph() && match.start() >= after.end()
          && paragraph.substring(after.end(), match.start()).isBlank()) {
        return match;
      }
    }
    return null;
  }
}
