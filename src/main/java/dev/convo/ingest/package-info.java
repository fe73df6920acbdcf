/**
 * Builds a corpus from a Markdown transcript and the reviewed files beside it (topics, repairs,
 * curated quotes), read with the corpus's strict JSON reader and checked with its rules.
 *
 * <p>Uses {@code corpus} and {@code text}; the {@code ingest} command runs it.
 */
package dev.convo.ingest;
