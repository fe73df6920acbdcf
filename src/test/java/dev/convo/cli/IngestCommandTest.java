package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.CorpusReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {
  private static final String ENGLISH = "src/test/resources/transcripts/garden.en.md";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new IngestCommand().spec())
        .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
  }

  @Test
  void writesTheCorpusToStandardOutput() throws Exception {
    assertThat(run(ENGLISH)).isEqualTo(ExitCode.OK);
    assertThat(CorpusReader.read(out.toString(), "stdout").turns()).hasSize(6);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void writesTheCorpusToAFileAndSaysWhatItWrote() throws Exception {
    Path target = dir.resolve("garden.json");
    assertThat(run(ENGLISH, "-o", target.toString())).isEqualTo(ExitCode.OK);
    assertThat(CorpusReader.read(Files.readString(target, StandardCharsets.UTF_8), "f").sections()).hasSize(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("convo: wrote " + target + ": 2 sections, 6 turns, 2 key quotes\n");
  }

  @Test
  void regeneratesTheBundledCorpusExactly() throws Exception {
    Path target = dir.resolve("corpus.json");
    assertThat(run("data/source/lex-fridman-sam-altman-2024.zh.md", "--topics", "data/topics.json",
        "--repairs", "data/repairs.json", "-o", target.toString())).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(Path.of("data/corpus.json"), StandardCharsets.UTF_8));
  }

  @Test
  void badSourceIsOneLineAndExitTwo() {
    assertThat(run(dir.resolve("nope.md").toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("convo: " + dir.resolve("nope.md") + ": no such file\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unwritableTargetIsOneLineAndExitTwo() {
    Path target = dir.resolve("no/such/dir/c.json");
    assertThat(run(ENGLISH, "-o", target.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("convo: " + target + ": cannot write (no such directory)\n");
  }
}
