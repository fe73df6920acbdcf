package dev.convo.completion;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusWriter;
import dev.convo.corpus.Metadata;
import dev.convo.corpus.Speaker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled interview with a speaker whose name is shell code: quotes, a command substitution,
 * backticks, and zsh's {@code :} and {@code []} mark-up. A completion script shows it as the
 * speaker's description and runs none of it, which leaves no file named {@code pwned*} behind.
 */
final class HostileNames {
  static final String NAME = "it's $(touch pwned1) `touch pwned2` \"x\": [y] \\z";

  private HostileNames() {}

  static Path write(Path dir) throws IOException {
    Corpus bundled = BundledCorpus.get();
    Metadata metadata = bundled.metadata();
    List<Speaker> speakers = metadata.speakers().stream()
        .map(s -> s.id().equals("lex") ? new Speaker(s.id(), NAME, s.label()) : s)
        .toList();
    Corpus hostile = new Corpus(new Metadata(metadata.title(), metadata.language(), metadata.source(),
        speakers, metadata.preface()), bundled.sections(), bundled.quotes(), bundled.topics());
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, CorpusWriter.toJson(hostile), StandardCharsets.UTF_8);
    return file;
  }

  /** The files {@code dir} holds whose names the payload would have made. */
  static List<String> pwned(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pwned")).toList();
    }
  }
}
