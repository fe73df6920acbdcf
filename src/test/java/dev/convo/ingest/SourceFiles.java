package dev.convo.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The checked-in inputs of the bundled corpus, as tests read them. */
final class SourceFiles {
  static final Path SOURCE = Path.of("data/source/lex-fridman-sam-altman-2024.zh.md");
  static final Path TOPICS = Path.of("data/topics.json");
  static final Path REPAIRS = Path.of("data/repairs.json");
  static final Path QUOTES = Path.of("data/quotes.json");
  static final Path GLOSSARY = Path.of("data/glossary.json");
  static final Path CORPUS = Path.of("data/corpus.json");

  private SourceFiles() {}

  static List<String> sourceLines() {
    try {
      return Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Line {@code number} (from 1) of the source, exactly as it stands there. */
  static String line(int number) {
    return sourceLines().get(number - 1);
  }
}
