/**
 * The corpus: its records (sections, turns, quotes, topics), the strict reader and the writer of
 * its JSON format (data/corpus.schema.json), the rules a corpus must meet whoever built it, and
 * the corpus bundled in the jar.
 *
 * <p>Uses {@code text} and Gson. Knows nothing of commands or output.
 */
package dev.convo.corpus;
