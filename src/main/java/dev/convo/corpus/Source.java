package dev.convo.corpus;

/**
 * Where the text comes from. {@code published} is kept verbatim as the article shows it; fields the
 * source does not give are {@code null}.
 */
public record Source(
    String file,
    String sha256,
    String author,
    String published,
    String place,
    String url,
    String transcriptUrl,
    String coverImage) {}
