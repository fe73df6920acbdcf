package dev.convo.query;

/** Where a search term matched: paragraph {@code paragraph} of a turn, chars {@code start} to {@code end}. */
public record Match(int paragraph, int start, int end) {}
