package dev.convo.query;

import dev.convo.corpus.Quote;
import java.util.Set;

/**
 * Which quotes a reader wants; {@code null} means "any". Lengths count characters (code points), as
 * a reader of Chinese counts them, not bytes. {@code turns}, when set, is the set of turn ids a
 * topic covers, and {@code quotes} the ids of the quotes about it: a quote must be one of those, a
 * sentence drawn with {@code --any} in one of those turns. {@code editorsOnly} keeps the quotes set
 * in bold or listed by the editor.
 */
public record QuoteFilter(
    String speaker, String section, Set<String> turns, Set<String> quotes, Integer minChars,
    Integer maxChars, boolean editorsOnly) {
  public static final QuoteFilter ANY = new QuoteFilter(null, null, null, null, null, null, false);

  public QuoteFilter editors() {
    return new QuoteFilter(speaker, section, turns, quotes, minChars, maxChars, true);
  }

  public boolean test(Quote quote) {
    int length = quote.text().codePointCount(0, quote.text().length());
    boolean sentence = quote.origin() == null;
    return (speaker == null || speaker.equals(quote.speaker()))
        && (section == null || section.equals(quote.section()))
        && (sentence
            ? turns == null || turns.contains(quote.turn())
            : quotes == null || quotes.contains(quote.id()))
        && (!editorsOnly || (!sentence && quote.editorsChoice()))
        && (minChars == null || length >= minChars)
        && (maxChars == null || length <= maxChars);
  }
}
