package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.CorpusReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    assertThat(err.toString()).isEqualTo("convo: wrote " + target + ": 2 sections, 6 turns, 2 quotes\n");
  }

  @Test
  void regeneratesTheBundledCorpusExactly() throws Exception {
    Path target = dir.resolve("corpus.json");
    assertThat(run("data/source/lex-fridman-sam-altman-2024.zh.md", "--topics", "data/topics.json",
        "--repairs", "data/repairs.json", "--quotes", "data/quotes.json", "--glossary", "data/glossary.json",
        "-o", target.toString()))
        .isEqualTo(ExitCode.OK);
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

  /** The transcript is never replaced by its own corpus, whatever name -o gives it. */
  @Test
  void refusesToWriteTheCorpusOverTheTranscriptItReads() throws Exception {
    Path transcript = dir.resolve("same.md");
    Files.copy(Path.of(ENGLISH), transcript);
    byte[] original = Files.readAllBytes(transcript);
    Path symlink = Files.createSymbolicLink(dir.resolve("link.md"), transcript);
    Path hardLink = Files.createLink(dir.resolve("hard.md"), transcript);
    for (Path output : new Path[] {transcript, symlink, hardLink, Path.of(dir + "/./same.md")}) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      assertThat(run(transcript.toString(), "-o", output.toString())).as("-o %s", output).isEqualTo(ExitCode.USAGE);
      assertThat(err.toString()).isEqualTo("convo: -o " + output + " is the same file as the transcript "
          + transcript + "; write the corpus to another file\n");
      assertThat(out.toString()).isEmpty();
      assertThat(Files.readAllBytes(transcript)).isEqualTo(original);
      assertThat(Files.isSymbolicLink(symlink)).isTrue();
    }
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void refusesToWriteTheCorpusOverItsTopicsOrRepairsFile() throws Exception {
    Path topics = Files.copy(Path.of("data/topics.json"), dir.resolve("topics.json"));
    Path repairs = Files.copy(Path.of("data/repairs.json"), dir.resolve("repairs.json"));
    String source = "data/source/lex-fridman-sam-altman-2024.zh.md";
    assertThat(run(source, "--topics", topics.toString(), "--repairs", repairs.toString(), "-o", topics.toString()))
        .isEqualTo(ExitCode.USAGE);
    assertThat(run(source, "--topics", topics.toString(), "--repairs", repairs.toString(), "-o", repairs.toString()))
        .isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo(
        "convo: -o " + topics + " is the same file as the topics file " + topics + "; write the corpus to another file\n"
        + "convo: -o " + repairs + " is the same file as the repairs file " + repairs + "; write the corpus to another file\n");
    assertThat(topics).hasSameTextualContentAs(Path.of("data/topics.json"));
    assertThat(repairs).hasSameTextualContentAs(Path.of("data/repairs.json"));
  }

  /** Replacing a file keeps its permissions, as writing into it with {@code >} would. */
  @Test
  void anExistingOutputKeepsItsMode() throws Exception {
    for (String mode : new String[] {"rw-r--r--", "rw-rw-r--", "rw-------", "rw-r-----"}) {
      Path target = Files.writeString(dir.resolve("corpus-" + mode + ".json"), "previous");
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
      assertThat(run(ENGLISH, "-o", target.toString())).isEqualTo(ExitCode.OK);
      assertThat(Files.readString(target)).startsWith("{");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).as(mode).isEqualTo(mode);
    }
  }

  /** A new file gets what the umask leaves of rw-rw-rw-, as a shell's {@code >} gives it. */
  @Test
  void aNewOutputGetsTheModeARedirectionWould() throws Exception {
    Path redirected = Files.createFile(dir.resolve("like-a-redirection"));
    Path target = dir.resolve("new.json");
    assertThat(run(ENGLISH, "-o", target.toString())).isEqualTo(ExitCode.OK);
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(redirected));
  }
}
