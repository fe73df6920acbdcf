package dev.convo.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.Child;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A one-shot command decodes only the dialogue it reads, in a JVM of its own as users run it: a
 * random quote needs none of it, a section its own paragraphs.
 */
class DialogueDecodingIT {
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private static String decoded(String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-cp",
        Path.of("target/convo.jar") + ":" + Path.of("target/test-classes"), DecodedDialogue.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("CONVO_"));
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Child child = Child.run(builder, null, Duration.ofSeconds(60));
    assertThat(child.status()).as(String.join(" ", args)).isZero();
    return new String(child.err(), StandardCharsets.UTF_8).strip();
  }

  private static int paragraphs(List<Turn> turns) {
    int count = 0;
    for (Turn turn : turns) {
      count += turn.paragraphs().size();
    }
    return count;
  }

  @Test
  void eachCommandDecodesWhatItPrintsAndNoMore() throws Exception {
    Corpus corpus = CorpusReader.read(Path.of("data/corpus.json"));
    int all = paragraphs(corpus.turns());
    assertThat(decoded("quotes", "random")).isEqualTo("decoded 0 of " + all);
    assertThat(decoded("quotes", "random", "--speaker", "sam", "--format", "json")).isEqualTo("decoded 0 of " + all);
    assertThat(decoded("show", "7")).isEqualTo("decoded " + paragraphs(corpus.section("7").orElseThrow().turns())
        + " of " + all);
    assertThat(decoded("quotes", "random", "--any")).isEqualTo("decoded " + all + " of " + all);
  }
}
