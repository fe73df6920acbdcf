package dev.convo.completion;

import dev.convo.TestLauncher;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Turn;
import dev.convo.library.Library;
import dev.convo.query.Sentences;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A library of a test's own, in {@code DIR/data}, with a small transcript added as {@code tea}, and
 * the ids the completion offers for it, qualified by its name, in reading order.
 */
record TeaLibrary(Path data, Corpus corpus, Path bin) {
  static final String NAME = "tea";
  private static final Path TRANSCRIPT = Path.of("src/test/resources/transcripts/tea.zh.md");

  static TeaLibrary in(Path dir) throws Exception {
    Path data = dir.resolve("data");
    Library library = new Library(data.resolve(Library.PLACE));
    library.add(TRANSCRIPT, NAME, null);
    return new TeaLibrary(data, library.corpus(NAME), TestLauncher.install(dir));
  }

  /** What a shell needs to ask convo of this library: the launcher on PATH and the data directory. */
  Map<String, String> environment() {
    return Map.of("PATH", TestLauncher.path(bin), "XDG_DATA_HOME", data.toString());
  }

  List<String> turns() {
    return corpus.turns().stream().map(t -> NAME + "/" + t.id()).toList();
  }

  List<String> quotes() {
    return corpus.quotes().stream().map(q -> NAME + "/" + q.id()).toList();
  }

  /** The turn the first quote is from, which has sentences to offer. */
  Turn quoted() {
    Quote quote = corpus.quotes().get(0);
    return corpus.turn(quote.turn()).orElseThrow();
  }

  List<String> sentencesOf(Turn turn) {
    return Sentences.of(turn).stream().map(s -> NAME + "/" + s.id()).toList();
  }
}
