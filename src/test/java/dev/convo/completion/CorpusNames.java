package dev.convo.completion;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.query.Sentences;
import dev.convo.render.Format;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the completion scripts should offer, worked out from the bundled corpus itself. */
final class CorpusNames {
  private CorpusNames() {}

  static List<String> topicsStartingWith(String prefix) {
    Corpus corpus = BundledCorpus.get();
    List<String> names = new ArrayList<>();
    for (Topic topic : corpus.topics()) {
      names.add(topic.slug());
    }
    for (Topic topic : corpus.topics()) {
      names.addAll(topic.aliases());
    }
    return names.stream().filter(n -> n.startsWith(prefix)).distinct().toList();
  }

  static List<String> sectionsStartingWith(String prefix) {
    return BundledCorpus.get().sections().stream().map(Section::id)
        .filter(id -> id.startsWith(prefix)).toList();
  }

  static List<String> quotes() {
    return BundledCorpus.get().quotes().stream().map(Quote::id).toList();
  }

  static List<String> turnsOf(String section) {
    return BundledCorpus.get().section(section).orElseThrow().turns().stream().map(Turn::id).toList();
  }

  static List<String> sentencesOf(String turn) {
    return Sentences.of(BundledCorpus.get().turn(turn).orElseThrow()).stream().map(Quote::id).toList();
  }

  static List<String> formats() {
    return Arrays.stream(Format.values()).map(Format::id).toList();
  }
}
