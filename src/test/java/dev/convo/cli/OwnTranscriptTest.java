package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.ingest.AtomicFile;
import dev.convo.ingest.Ingest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus ingested from a user's own English transcript, without curated topics, where two
 * speakers share a first name: every command tells them apart and prints each title once.
 */
class OwnTranscriptTest {
  private static final String TRANSCRIPT = """
      # Two Sams

      **1. Beans**

      **Sam Altman:** Hi, I like beans.

      **Sam Harris:** Hello. **Beans are a mystery.**

      **2. Tea**

      **Sam Altman:** Tea?
      """;

  @TempDir static Path dir;
  static Path corpus;

  @BeforeAll
  static void ingest() throws Exception {
    Path source = Files.writeString(dir.resolve("sams.md"), TRANSCRIPT, StandardCharsets.UTF_8);
    corpus = dir.resolve("sams.json");
    AtomicFile.write(Ingest.extract(source, null, null), corpus);
  }

  private static Run.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--corpus", corpus.toString()));
    all.addAll(List.of(args));
    return Run.exec(all.toArray(String[]::new));
  }

  @Test
  void speakersWhoShareAFirstNameHaveDistinctLabels() {
    assertThat(run("show", "all").out()).isEqualTo("""
        1:1 Sam A.: Hi, I like beans.
        1:2 Sam H.: Hello. Beans are a mystery.
        2:1 Sam A.: Tea?
        """);
  }

  @Test
  void aSpeakerNamedByAFirstNameTwoShareIsAnErrorListingTheirIds() {
    Run.Result result = run("quotes", "random", "--speaker", "sam");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("convo: ambiguous speaker 'sam' (could be sam-altman or sam-harris)\n");
    assertThat(run("search", "beans", "--speaker", "SAM").err())
        .isEqualTo("convo: ambiguous speaker 'SAM' (could be sam-altman or sam-harris)\n");
  }

  @Test
  void aSpeakerIsNamedByIdLabelFullNameOrAWordOfItNoOneElseHas() {
    for (String name : new String[] {"sam-harris", "Sam H.", "sam h", "Sam Harris", "harris"}) {
      Run.Result result = run("quotes", "list", "--speaker", name);
      assertThat(result.code()).as(name).isZero();
      assertThat(result.out()).as(name)
          .isEqualTo("q1 Beans are a mystery. — Sam Harris, Beans (1:2)\n");
    }
    assertThat(run("show", "all", "--format", "plain").out()).contains("Sam A.");
    assertThat(run("search", "tea", "--speaker", "altman").out()).isEqualTo("2:1 Sam A. (Tea): Tea?\n");
  }

  @Test
  void markdownOfAnEnglishCorpusUsesAsciiColonsAndParentheses() {
    assertThat(run("show", "1", "--format", "markdown").out()).isEqualTo("""
        ## 1. Beans

        **Sam Altman:** Hi, I like beans.

        **Sam Harris:** Hello. **Beans are a mystery.**
        """);
    assertThat(run("search", "tea", "--format", "markdown").out())
        .isEqualTo("- **2:1** Sam Altman (Tea): **Tea**?\n");
  }

  @Test
  void aTitleWithNoSecondNameIsPrintedOnce() {
    assertThat(run("sections", "--format", "plain").out()).startsWith("1 Beans: 2 turns, ");
    assertThat(run("topics", "--format", "plain").out()).startsWith("section-1: Beans; 2 turns");
    assertThat(run("show", "2", "--format", "text", "--color", "never").out()).startsWith("── 2 · Tea ──");
    assertThat(run("topic", "section-2", "--format", "text", "--color", "never").out()).startsWith("── Tea ──");
    assertThat(run("topic", "section-2", "--format", "markdown").out()).startsWith("# Tea\n");
    assertThat(Run.terminal().run("--corpus", corpus.toString(), "topics", "--color", "never").out())
        .startsWith("section-1  Beans\n");
  }
}
