package dev.convo.query;

import dev.convo.corpus.Quote;
import java.util.Set;

/**
 * Which quotes a reader wants; {@code null} means "any". Lengths count characters (code points), as
 * a reader of Chinese counts them, not bytes. {@code turns}, when set, is the set of turn ids a
 * topic covers.
 */
public record QuoteFilter(
    String speaker, String section, Set<String> turns, Integer minChars, Integer maxChars) {
  public static final QuoteFilter ANY = new QuoteFilter(null, null, null, null, null);

  public boolean test(Quote quote) {
    int length = quote.text().codePointCount(0, quote.text().length());
    return (speaker == null || speaker.equals(quote.speaker()))
        && (section == null || section.equals(quote.section()))
        && (turns == null || turns.contains(quote.turn()))
        && (minChars == null || length >= minChars)
        && (maxChars == null || length <= maxChars);
  }
}
