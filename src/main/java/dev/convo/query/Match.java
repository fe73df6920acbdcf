package dev.convo.query;

/**
 * Where a search term matched: paragraph {@code paragraph} of a turn, chars {@code start} to
 * {@code end} of the text as written; {@code expanded} when what matched was a glossary form the
 * term expanded into rather than the term itself.
 */
public record Match(int paragraph, int start, int end, boolean expanded) {}
