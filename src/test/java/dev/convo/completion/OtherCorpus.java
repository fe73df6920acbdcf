package dev.convo.completion;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusWriter;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A corpus that is not the bundled one: the same interview with two topics of its own. */
final class OtherCorpus {
  static final List<String> TOPIC_NAMES = List.of("fusion-power", "sleep", "helion-energy");

  private OtherCorpus() {}

  static Path write(Path dir) throws IOException {
    Corpus bundled = BundledCorpus.get();
    List<Topic> topics = List.of(
        new Topic("fusion-power", "Fusion power", "核聚变", List.of("helion-energy"), List.of("8"),
            List.of(), List.of(), List.of()),
        new Topic("sleep", "Sleep", "睡眠", List.of(), List.of(), List.of("睡"), List.of(), List.of()));
    // The bundled quotes name the bundled topics, which this corpus does not have.
    List<Quote> quotes = bundled.quotes().stream()
        .map(q -> new Quote(q.id(), q.turn(), q.section(), q.speaker(), q.paragraph(), q.start(), q.end(),
            q.text(), q.emphasised(), q.editorRank(), q.editorText(), q.origin(), List.of()))
        .toList();
    Corpus other = new Corpus(bundled.metadata(), bundled.sections(), quotes, topics);
    Path file = dir.resolve("other corpus.json");
    Files.writeString(file, CorpusWriter.toJson(other), StandardCharsets.UTF_8);
    return file;
  }
}
