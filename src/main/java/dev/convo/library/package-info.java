/**
 * The reader's library of conversations: each one stored as a corpus file with a search index of
 * its own under {@code $XDG_DATA_HOME/convo/library}, added atomically under a lock, listed,
 * shown and removed; the bundled interview is always in it and cannot be removed. A search or a
 * quote drawn across the library reads from the indexes ({@link dev.convo.library.SearchIndex})
 * only the turns and quotes it needs, and one catalog file holds what every index says of its
 * conversation.
 *
 * <p>Uses {@code ingest}, {@code query}, {@code corpus} and {@code text}. Nothing on the path of a
 * one-shot command over the bundled interview loads it.
 */
package dev.convo.library;
