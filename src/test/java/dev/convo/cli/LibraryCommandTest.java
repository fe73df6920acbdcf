package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code library add, list, show, remove}, run as a shell runs them, in a library of a temporary directory. */
class LibraryCommandTest {
  private static final String KETTLE = "src/test/resources/transcripts/kettle.podcast.md";
  private static final String BEES = "src/test/resources/transcripts/bees.plain.txt";

  @TempDir Path data;

  private Run.Result run(String... args) {
    return Run.pipe().env("XDG_DATA_HOME", data.toString()).run(args);
  }

  private Path library() {
    return data.resolve("convo/library");
  }

  @Test
  void addPrintsTheNameItKeptAndTheFilesAppear() {
    Run.Result added = run("library", "add", KETTLE);
    assertThat(added).isEqualTo(new Run.Result(ExitCode.OK, "the-kettle-podcast-episode-12\n", ""));
    assertThat(library().resolve("the-kettle-podcast-episode-12.json")).isRegularFile();
    assertThat(library().resolve("the-kettle-podcast-episode-12.index")).isRegularFile();
    assertThat(run("library", "add", BEES, "--name", "bees", "--format", "plain").out()).isEqualTo("bees\n");
  }

  @Test
  void listIsTheBundledInterviewThenTheOthersByNameInEveryFormat() {
    run("library", "add", KETTLE, "--name", "kettle");
    run("library", "add", BEES, "--name", "bees");
    Run.Result tsv = run("library", "list", "--format", "tsv");
    assertThat(tsv.code()).isEqualTo(ExitCode.OK);
    List<String> lines = tsv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id\ttitle\tlanguage\tspeakers\tsections\tturns\tquotes\tbundled");
    assertThat(lines.subList(1, 4)).extracting(l -> l.split("\t")[0]).containsExactly("altman-2024", "bees", "kettle");
    assertThat(lines.get(3)).isEqualTo("kettle\tThe Kettle Podcast, Episode 12\ten\tAna Ruiz,Ben Okafor\t2\t5\t0\tfalse");
    assertThat(run("library", "list", "--format", "plain").out().lines().toList().get(2))
        .isEqualTo("kettle: The Kettle Podcast, Episode 12 (Ana Ruiz, Ben Okafor; 2 sections, 5 turns, 0 quotes)");
    List<String> jsonl = run("library", "list", "--format", "jsonl").out().lines().toList();
    assertThat(jsonl).hasSize(3);
    JsonObject kettle = JsonParser.parseString(jsonl.get(2)).getAsJsonObject();
    assertThat(kettle.get("type").getAsString()).isEqualTo("conversation");
    assertThat(kettle.get("id").getAsString()).isEqualTo("kettle");
    assertThat(kettle.get("turns").getAsInt()).isEqualTo(5);
    assertThat(kettle.get("bundled").getAsBoolean()).isFalse();
    assertThat(JsonParser.parseString(run("library", "list", "--json").out()).getAsJsonArray()).hasSize(3);
  }

  @Test
  void theTextTableLinesUpItsColumnsAndAloneLibraryLists() {
    run("library", "add", KETTLE, "--name", "kettle");
    Run.Result table = run("library", "list", "--format", "text");
    assertThat(table.out()).isEqualTo(Run.golden("library-list.txt", table.out()));
    assertThat(run("library")).isEqualTo(run("library", "list"));
  }

  @Test
  void showPrintsOneRecordAndTheBundledInterviewIsAlwaysThere() {
    JsonObject bundled = JsonParser.parseString(run("library", "show", "altman-2024", "--json").out())
        .getAsJsonObject();
    assertThat(bundled.get("bundled").getAsBoolean()).isTrue();
    assertThat(bundled.get("turns").getAsInt()).isEqualTo(377);
    assertThat(Files.exists(library())).isFalse();
  }

  @Test
  void removeTakesTheConversationAway() {
    run("library", "add", KETTLE, "--name", "kettle");
    assertThat(run("library", "remove", "kettle")).isEqualTo(new Run.Result(ExitCode.OK, "kettle\n", ""));
    assertThat(library().resolve("kettle.json")).doesNotExist();
    assertThat(run("library", "list", "--format", "tsv").out().lines().count()).isEqualTo(2);
  }

  @Test
  void mistakesAreOneLineAndExitTwo() {
    run("library", "add", KETTLE, "--name", "kettle");
    assertThat(run("library", "add", KETTLE, "--name", "kettle")).isEqualTo(new Run.Result(ExitCode.USAGE, "",
        "convo: 'kettle' is already in the library; remove it first, or choose another name with --name\n"));
    assertThat(run("library", "show", "nope")).isEqualTo(new Run.Result(ExitCode.USAGE, "",
        "convo: no conversation named 'nope' in the library\n"));
    assertThat(run("library", "remove", "altman-2024")).isEqualTo(new Run.Result(ExitCode.USAGE, "",
        "convo: 'altman-2024' is the bundled interview, which cannot be removed\n"));
    assertThat(run("library", "add", KETTLE, "--name", "Bad Name").err()).startsWith(
        "convo: 'Bad Name' is not a conversation name: a lower-case letter or digit");
    assertThat(run("library", "add", "nope.md")).isEqualTo(new Run.Result(ExitCode.USAGE, "",
        "convo: nope.md: no such file\n"));
    assertThat(run("library", "add", KETTLE, "--format", "docx").err()).startsWith(
        "convo: --format wants markdown, plain, podcast or webvtt, not 'docx' (see 'convo library add --help')");
  }

  @Test
  void withoutHomeOrXdgDataHomeThereIsNoLibrary() {
    Run.Result none = Run.pipe().run("library", "list");
    assertThat(none).isEqualTo(new Run.Result(ExitCode.USAGE, "",
        "convo: no library: neither XDG_DATA_HOME nor HOME is set\n"));
  }
}
