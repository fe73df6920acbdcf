package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A podcast transcript's times: ingested by the command, shown beside turn ids and in records. */
class TimedTranscriptTest {
  private static final Path PODCAST = Path.of("src/test/resources/transcripts/kettle.podcast.md");

  @TempDir static Path dir;
  static Path corpus;

  @BeforeAll
  static void ingest() {
    corpus = dir.resolve("kettle.json");
    Run.Result result = Run.exec("ingest", PODCAST.toString(), "-o", corpus.toString());
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).isEqualTo("convo: wrote " + corpus + ": 2 sections, 5 turns, 0 quotes\n");
  }

  private static Run.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--corpus", corpus.toString()));
    all.addAll(List.of(args));
    return Run.exec(all.toArray(String[]::new));
  }

  @Test
  void textShowsWhenEachTurnStartsBesideItsId() {
    assertThat(run("show", "2", "--format", "text", "--color", "never", "--width", "60").out()).isEqualTo("""
        ── 2 · Why water matters ───────────────────────────────────

        2:1 00:01:30 Ana  Why does the water matter so much?

        2:2 00:01:41 Ben  Because tea is mostly water.

                          Hard water flattens it; soft water lets
                          it sing.

        2:3 01:02:03 Ana  That is where we stop.
        """);
  }

  @Test
  void recordsCarryTheTime() {
    String json = run("show", "2:3", "--format", "jsonl").out();
    assertThat(JsonParser.parseString(json).getAsJsonObject().get("time").getAsString()).isEqualTo("01:02:03");
    List<String> tsv = run("show", "1", "--format", "tsv").out().lines().toList();
    assertThat(tsv.get(0)).startsWith("id\ttime\tsection\t");
    assertThat(tsv.get(1)).startsWith("1:1\t00:00:05\t1\t");
  }

  @Test
  void theFormatCanBeNamedAndAWrongOneSaysWhatIsMissing() {
    Run.Result forced = Run.exec("ingest", "--format", "webvtt", PODCAST.toString());
    assertThat(forced.code()).isEqualTo(2);
    assertThat(forced.err()).isEqualTo("convo: " + PODCAST + ":1: a WebVTT file starts with the line 'WEBVTT'\n");
    Run.Result unknown = Run.exec("ingest", "--format", "srt", PODCAST.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo("convo: --format wants markdown, plain, podcast or webvtt, not 'srt' (see 'convo ingest --help')\n");
  }
}
