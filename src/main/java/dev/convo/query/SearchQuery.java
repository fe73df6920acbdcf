package dev.convo.query;

import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What to look for. Every term must occur in a turn for it to match. Plain terms are folded (case,
 * full-width forms); an argument that holds spaces, or text between double quotes, is one phrase;
 * other text splits into words at spaces. With {@code regex}, each argument is a Java regular
 * expression applied to the text as written, ignoring case if asked. An {@code exact} query searches
 * what was typed only: no glossary forms, no traditional characters read as simplified.
 */
public final class SearchQuery {
  private final List<String> terms;
  private final List<Pattern> patterns;
  private final boolean exact;

  private SearchQuery(List<String> terms, List<Pattern> patterns, boolean exact) {
    this.terms = List.copyOf(terms);
    this.patterns = List.copyOf(patterns);
    this.exact = exact;
  }

  public static SearchQuery parse(List<String> args, boolean regex) throws QueryException {
    return parse(args, regex, false, false);
  }

  public static SearchQuery parse(List<String> args, boolean regex, boolean ignoreCase, boolean exact)
      throws QueryException {
    List<String> terms = new ArrayList<>();
    List<Pattern> patterns = new ArrayList<>();
    for (String arg : args) {
      if (regex) {
        patterns.add(compile(arg, ignoreCase));
      } else {
        split(arg, terms);
      }
    }
    if (terms.isEmpty() && patterns.isEmpty()) {
      throw new QueryException("nothing to search for: give at least one word");
    }
    return new SearchQuery(terms, patterns, exact);
  }

  private static Pattern compile(String regex, boolean ignoreCase) throws QueryException {
    if (regex.isEmpty()) {
      throw new QueryException("an empty regular expression matches everything; give a pattern");
    }
    try {
      return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    } catch (PatternSyntaxException e) {
      throw new QueryException("bad regular expression " + Escape.quoted(regex) + ": "
          + e.getDescription());
    }
  }

  private static void split(String arg, List<String> into) {
    String text = arg.strip();
    boolean quoted = text.indexOf('"') >= 0 || text.indexOf('“') >= 0;
    if (!quoted) {
      if (!text.isEmpty()) {
        into.add(Fold.fold(text));
      }
      return;
    }
    StringBuilder current = new StringBuilder();
    boolean inPhrase = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '“' || c == '”') {
        add(current, into);
        inPhrase = !inPhrase;
      } else if (!inPhrase && Character.isWhitespace(c)) {
        add(current, into);
      } else {
        current.append(c);
      }
    }
    add(current, into);
  }

  private static void add(StringBuilder term, List<String> into) {
    String t = term.toString().strip();
    if (!t.isEmpty()) {
      into.add(Fold.fold(t));
    }
    term.setLength(0);
  }

  /** The folded terms (empty for a regular-expression search). */
  public List<String> terms() {
    return terms;
  }

  public List<Pattern> patterns() {
    return patterns;
  }

  public boolean exact() {
    return exact;
  }

  /** A query of {@code terms}, each searched as one word or phrase. */
  static SearchQuery of(List<String> terms, boolean exact) {
    List<String> folded = new ArrayList<>();
    for (String term : terms) {
      folded.add(Fold.fold(term));
    }
    return new SearchQuery(folded, List.of(), exact);
  }
}
