package dev.convo.ingest;

import java.util.List;

/**
 * Reads one transcript format into a {@link Transcript}. Lines come split at line breaks, with the
 * repairs applied; a failure is one line naming the file and the line, and how to fix the source
 * where that is in the writing.
 */
interface TranscriptParser {
  Transcript parse(List<String> lines) throws IngestException;
}
