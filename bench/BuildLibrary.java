import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.ingest.AtomicFile;
import dev.convo.library.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Builds a library of N conversations for the scale benchmark, each at least the size of the
 * interview: {@code java -cp target/convo.jar:CLASSES BuildLibrary N DIR}. Conversation 1 is the
 * interview; each other is what {@link GenerateCorpus} makes at factor 2 with its own seed (the
 * interview and a shuffled copy, so twice its size), added through {@link Library#add} as a corpus
 * file, so that each gets its search index as a user's would.
 */
public final class BuildLibrary {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: BuildLibrary N DIR");
      System.exit(2);
    }
    int count = Integer.parseInt(args[0]);
    Library library = new Library(Path.of(args[1]));
    Path work = Files.createTempDirectory("convo-library");
    Corpus real = BundledCorpus.get();
    for (int i = 1; i <= count; i++) {
      Corpus corpus = i == 1 ? real : GenerateCorpus.generate(real, 2, new Random(i));
      Path json = work.resolve(String.format("conversation-%03d.json", i));
      AtomicFile.write(corpus, json);
      library.add(json, String.format("conversation-%03d", i), null);
      Files.delete(json);
    }
    Files.delete(work);
    System.out.printf("%s: %d conversations%n", library.directory(), library.list().size());
  }
}
