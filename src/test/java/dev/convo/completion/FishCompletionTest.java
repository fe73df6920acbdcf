package dev.convo.completion;

import dev.convo.TestLauncher;
import dev.convo.ShellProcess;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asks a real fish what it would complete ({@code complete -C}) with completions/convo.fish. */
class FishCompletionTest {
  static final Path SCRIPT = Path.of("completions/convo.fish").toAbsolutePath();

  @TempDir Path work;

  /** fish's answer for {@code line}: "word", or "word<TAB>description". */
  List<String> offers(String line) {
    return offers(Map.of(), line);
  }

  List<String> offers(Map<String, String> environment, String line) {
    Map<String, String> variables = new java.util.HashMap<>(environment);
    variables.put("SCRIPT", SCRIPT.toString());
    variables.put("LINE", line);
    ShellProcess fish = ShellProcess.run(
        List.of("fish", "--no-config", "-c", "source $SCRIPT; complete -C $LINE"), work, variables, "");
    assertThat(fish.stderr()).isEmpty();
    assertThat(fish.exitCode()).isZero();
    return fish.lines();
  }

  List<String> words(String line) {
    return words(Map.of(), line);
  }

  List<String> words(Map<String, String> environment, String line) {
    return offers(environment, line).stream().map(o -> o.split("\t", 2)[0]).toList();
  }

  @Test
  void fishLoadsTheScriptFromTheUsersCompletionDirectory() throws IOException {
    Path completions = Files.createDirectories(work.resolve("config/fish/completions"));
    Files.copy(SCRIPT, completions.resolve("convo.fish"));
    // fish loads a command's completions on demand only for a command it can find on PATH.
    Path bin = TestLauncher.install(work);
    ShellProcess fish = ShellProcess.run(List.of("fish", "-c", "complete -C 'convo completion '"),
        work, Map.of("XDG_CONFIG_HOME", work.resolve("config").toString(),
            "XDG_DATA_HOME", work.resolve("data").toString(), "HOME", work.toString(),
            "PATH", TestLauncher.path(bin)), "");

    assertThat(fish.lines()).containsExactlyInAnyOrder("bash", "zsh", "fish");
  }

  @Test
  void offersCommandsWithTheirDescriptions() {
    assertThat(offers("convo ")).contains(
        "completion\tPrint the completion script for bash, zsh or fish");
  }

  @Test
  void offersOptionsOfTheCommandOnTheLine() {
    assertThat(words("convo ingest --")).contains("--output", "--topics", "--repairs", "--help");
  }

  @Test
  void offersTheShellsOfTheCompletionCommand() {
    assertThat(words("convo completion ")).containsExactlyInAnyOrder("bash", "zsh", "fish");
  }

  @Test
  void offersFileNamesForFileOptionsAndNowhereElse() throws IOException {
    Files.writeString(work.resolve("transcript.md"), "");

    assertThat(words("convo ingest --output tr")).containsExactly("transcript.md");
    assertThat(words("convo ingest --topics=tr")).containsExactly("--topics=transcript.md");
    assertThat(words("convo completion tr")).isEmpty();
  }

  @Test
  void completesTopicSlugsAndAliasesWithTheirTitles() {
    assertThat(words("convo topic gp"))
        .containsExactlyInAnyOrderElementsOf(CorpusNames.topicsStartingWith("gp"));
    assertThat(offers("convo topic gpt-5")).contains("gpt-5\tGPT-5 · 关于 GPT-5");
  }

  @Test
  void completesSectionIdsAndQuoteIds() {
    assertThat(words("convo show 1")).containsAll(CorpusNames.sectionsStartingWith("1"));
    assertThat(words("convo quotes show ")).containsExactlyInAnyOrderElementsOf(CorpusNames.quotes());
  }

  @Test
  void completesTheTurnsOfTheSectionBeforeTheColonWithTheirFirstWords() {
    assertThat(words("convo show 7:")).containsExactlyInAnyOrderElementsOf(CorpusNames.turnsOf("7"));
    assertThat(words("convo show 7:1")).containsExactlyInAnyOrderElementsOf(
        CorpusNames.turnsOf("7").stream().filter(t -> t.startsWith("7:1")).toList());
    assertThat(offers("convo show 7:1")).contains("7:1\tLex: 那么，GPT-5 什么时候出来？");
    assertThat(words("convo show 7")).doesNotContain("7:1");
  }

  @Test
  void completesTheSentencesOfTheTurnBeforeTheSlash() {
    assertThat(words("convo quotes show 8:8/"))
        .containsExactlyInAnyOrderElementsOf(CorpusNames.sentencesOf("8:8"));
    assertThat(offers("convo quotes show 8:8/")).anyMatch(o -> o.startsWith("8:8/1\t听着，我认为计算能力"));
    assertThat(words("convo quotes show 8:")).containsExactlyInAnyOrderElementsOf(
        CorpusNames.turnsOf("8").stream().map(t -> t + "/").toList());
  }

  @Test
  void asksConvoForTheTurnsOfAnotherCorpus() throws IOException {
    Path other = OtherCorpus.write(work);
    String path = TestLauncher.path(TestLauncher.install(work));

    assertThat(words(Map.of("PATH", path, "CONVO_CORPUS", other.toString()), "convo show 7:"))
        .containsExactlyInAnyOrderElementsOf(CorpusNames.turnsOf("7"));
  }

  @Test
  void completesTheValuesOfEnumeratedOptionsWithoutTheOptionsDescription() {
    assertThat(offers("convo search --format ")).containsExactlyInAnyOrderElementsOf(CorpusNames.formats());
    assertThat(words("convo stats --color=n")).containsExactly("--color=never");
    assertThat(words("convo quotes random --speaker ")).containsExactlyInAnyOrder("lex", "sam");
  }

  @Test
  void asksConvoForTheNamesOfAnotherCorpus() throws IOException {
    Path other = OtherCorpus.write(work);
    String path = TestLauncher.path(TestLauncher.install(work));

    assertThat(words(Map.of("PATH", path), "convo --corpus 'other corpus.json' topic "))
        .containsExactlyInAnyOrderElementsOf(OtherCorpus.TOPIC_NAMES);
    assertThat(words(Map.of("PATH", path, "CONVO_CORPUS", other.toString()), "convo topic f"))
        .containsExactly("fusion-power");
  }

  @Test
  void completesAllTheCommandsUnderThoseGivenToHelpAndTheListsOfCompletionList() {
    assertThat(words("convo show al")).contains("all");
    assertThat(words("convo help quotes ")).containsExactlyInAnyOrder("random", "list", "show");
    assertThat(words("convo help ")).containsExactlyInAnyOrderElementsOf(words("convo "));
    assertThat(words("convo completion --list "))
        .containsExactlyInAnyOrder("section", "topic", "quote", "speaker", "turn", "sentence", "conversation");
    assertThat(words("convo completion --")).doesNotContain("--list");
  }

  @Test
  void aSpeakerNamedWithShellCodeInACorpusGivenWithTheOptionIsShownAsItselfAndRunsNothing()
      throws IOException {
    Path hostile = HostileNames.write(work);
    String path = TestLauncher.path(TestLauncher.install(work));

    assertThat(offers(Map.of("PATH", path), "convo --corpus hostile.json quotes random --speaker "))
        .contains("lex\t" + HostileNames.NAME);
    assertThat(HostileNames.pwned(work)).isEmpty();
  }

  @Test
  void offersTheIdsOfAConversationOfTheLibraryQualifiedInReadingOrder() throws Exception {
    TeaLibrary tea = TeaLibrary.in(work);
    Map<String, String> environment = tea.environment();
    String quoted = "tea/" + tea.quoted().id() + "/";

    assertThat(words(environment, "convo show tea/")).containsExactlyElementsOf(tea.turns());
    assertThat(offers(environment, "convo show tea/1:1")).containsExactly("tea/1:1\t主持人: "
        + tea.corpus().turn("1:1").orElseThrow().paragraphs().get(0));
    assertThat(words(environment, "convo quotes show tea/")).containsExactlyElementsOf(tea.quotes());
    assertThat(words(environment, "convo quotes show " + quoted))
        .containsExactlyElementsOf(tea.sentencesOf(tea.quoted())).isNotEmpty();
    assertThat(words(environment, "convo show nosuch/")).isEmpty();
  }
}
