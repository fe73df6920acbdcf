package dev.convo.completion;

import dev.convo.TestLauncher;
import dev.convo.ShellProcess;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives completions/convo.zsh in a real interactive zsh on a pseudo-terminal, installed as
 * README.md says (copied to {@code ~/.zfunc/_convo}, with a {@code ~/.zshrc} that puts
 * {@code ~/.zfunc} on {@code fpath} and runs {@code compinit}), and asked with TAB. Whatever the
 * shell prints on standard error while completing fails the test.
 */
class ZshCompletionTest {
  static final Path SCRIPT = Path.of("completions/convo.zsh").toAbsolutePath();
  static final Path DRIVER = Path.of("src/test/resources/dev/convo/completion/complete.zsh").toAbsolutePath();

  /** The lines README.md gives for ~/.zshrc. */
  static final String ZSHRC = "fpath=(~/.zfunc $fpath); autoload -Uz compinit && compinit\n";

  /** One HOME for the class: compinit's ~/.zcompdump, written on the first run, serves the rest. */
  @TempDir static Path home;

  @TempDir Path work;

  @BeforeAll
  static void install() throws IOException {
    Path functions = Files.createDirectories(home.resolve(".zfunc"));
    Files.copy(SCRIPT, functions.resolve("_convo"));
    Files.writeString(home.resolve(".zshrc"), ZSHRC);
  }

  /** The words zsh offers for {@code line}, without their descriptions. */
  List<String> words(String line) {
    return words(Map.of(), line);
  }

  List<String> words(Map<String, String> environment, String line) {
    return offers(environment, line).stream().map(o -> o.split(" -- ", 2)[0]).toList();
  }

  /** What zsh offers for {@code line}: "word -- description", or "word" alone. */
  List<String> offers(String line) {
    return offers(Map.of(), line);
  }

  List<String> offers(Map<String, String> environment, String line) {
    ShellProcess zsh = ShellProcess.run(
        List.of("zsh", "-f", DRIVER.toString(), home.toString(), line),
        work, environment, "");
    assertThat(zsh.stderr()).isEmpty();
    assertThat(zsh.exitCode()).isZero();
    return zsh.lines();
  }

  @Test
  void theScriptLoadsAsACompletionFunction() {
    String check = "autoload -Uz compinit && compinit -u -D && print -r -- $_comps[convo]";
    ShellProcess zsh = ShellProcess.run(
        List.of("zsh", "-f", "-c", "fpath=(" + home.resolve(".zfunc") + " $fpath); " + check), work);

    assertThat(zsh.stdout().strip()).isEqualTo("_convo");
    assertThat(zsh.stderr()).isEmpty();
  }

  @Test
  void offersCommandsWithTheirDescriptions() {
    assertThat(offers("convo ")).contains(
        "ingest -- Extract a corpus from a transcript: Markdown (numbered sectio",
        "completion -- Print the completion script for bash, zsh or fish");
  }

  @Test
  void offersOptionsOfTheCommandOnTheLine() {
    assertThat(words("convo ingest --")).contains("--output", "--topics", "--repairs", "--help");
  }

  @Test
  void offersTheShellsOfTheCompletionCommand() {
    assertThat(words("convo completion ")).containsExactly("bash", "zsh", "fish");
  }

  @Test
  void offersFileNamesForFileOptions() throws IOException {
    Files.writeString(work.resolve("transcript.md"), "");

    assertThat(words("convo ingest --output=tr")).containsExactly("transcript.md");
    assertThat(words("convo ingest --topics tr")).containsExactly("transcript.md");
  }

  @Test
  void offersTopicSlugsAndAliasesWithTheirTitles() {
    assertThat(words("convo topic gp")).containsExactlyElementsOf(CorpusNames.topicsStartingWith("gp"));
    assertThat(offers("convo topic gpt-5")).contains("gpt-5 -- GPT-5 · 关于 GPT-5");
  }

  @Test
  void offersSectionIdsAndTopicsWhereAReferenceGoes() {
    assertThat(words("convo show 1")).containsAll(CorpusNames.sectionsStartingWith("1"));
    assertThat(words("convo show gpt")).containsAll(CorpusNames.topicsStartingWith("gpt"));
  }

  @Test
  void offersQuoteIdsWithTheirFirstWords() {
    assertThat(words("convo quotes show ")).containsExactlyElementsOf(CorpusNames.quotes());
    assertThat(offers("convo quotes show q1")).anyMatch(o -> o.startsWith("q1 -- 通向 AGI"));
  }

  @Test
  void completesWithoutAWordOnStandardError() {
    for (String line : List.of("convo topic gp", "convo show 1", "convo show 7:", "convo quotes show q",
        "convo quotes show 8:8/", "convo search --speaker ", "convo stats --format=", "convo ingest --topics ")) {
      ShellProcess zsh = ShellProcess.run(List.of("zsh", "-f", DRIVER.toString(), home.toString(), line), work,
          Map.of(), "");
      assertThat(zsh.stderr()).as(line).isEmpty();
      assertThat(zsh.exitCode()).as(line).isZero();
    }
  }

  @Test
  void offersTheTurnsOfTheSectionBeforeTheColonWithTheirFirstWords() {
    assertThat(words("convo show 7:")).containsExactlyElementsOf(CorpusNames.turnsOf("7"));
    assertThat(words("convo show 7:1")).containsExactlyElementsOf(
        CorpusNames.turnsOf("7").stream().filter(t -> t.startsWith("7:1")).toList());
    assertThat(offers("convo show 7:1")).contains("7:1 -- Lex: 那么，GPT-5 什么时候出来？");
    assertThat(words("convo show 7")).doesNotContain("7:1");
  }

  @Test
  void offersTheSentencesOfTheTurnBeforeTheSlash() {
    assertThat(words("convo quotes show 8:8/")).containsExactlyElementsOf(CorpusNames.sentencesOf("8:8"));
    assertThat(offers("convo quotes show 8:8/")).anyMatch(o -> o.startsWith("8:8/1 -- 听着，我认为计算能力"));
    assertThat(words("convo quotes show 8:")).containsExactlyElementsOf(CorpusNames.turnsOf("8"));
  }

  @Test
  void asksConvoForTheTurnsOfAnotherCorpus() throws IOException {
    Path other = OtherCorpus.write(work);
    String path = TestLauncher.path(TestLauncher.install(work));

    assertThat(words(Map.of("PATH", path, "CONVO_CORPUS", other.toString()), "convo show 7:"))
        .containsExactlyElementsOf(CorpusNames.turnsOf("7"));
  }

  @Test
  void offersTheValuesOfEnumeratedOptions() {
    assertThat(words("convo search --format ")).containsExactlyInAnyOrderElementsOf(CorpusNames.formats());
    assertThat(words("convo stats --color=n")).containsExactly("never");
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
  void offersAllTheCommandsUnderThoseGivenToHelpAndTheListsOfCompletionList() {
    assertThat(words("convo show al")).contains("all");
    assertThat(words("convo help quotes ")).containsExactlyInAnyOrder("random", "list", "show");
    assertThat(words("convo help ")).containsExactlyInAnyOrderElementsOf(words("convo "));
    assertThat(words("convo completion --list "))
        .containsExactlyInAnyOrder("section", "topic", "quote", "speaker", "turn", "sentence", "conversation");
    assertThat(words("convo completion --")).doesNotContain("--list");
  }

  /** zsh sorts each group of matches unless it is added unsorted; the driver marks which were. */
  @Test
  void turnAndSentenceIdsAreOfferedUnsortedInTheirReadingOrder() {
    Map<String, String> marked = Map.of("MARK_UNSORTED", "1");
    assertThat(words(marked, "convo show 7:")).containsExactlyElementsOf(
        CorpusNames.turnsOf("7").stream().map(t -> "unsorted " + t).toList());
    assertThat(words(marked, "convo quotes show 8:8/")).allMatch(w -> w.startsWith("unsorted "));
    assertThat(words(marked, "convo topic gp")).noneMatch(w -> w.startsWith("unsorted "));
  }

  @Test
  void aSpeakerNamedWithShellCodeInACorpusGivenWithTheOptionIsShownAsItselfAndRunsNothing()
      throws IOException {
    Path hostile = HostileNames.write(work);
    String path = TestLauncher.path(TestLauncher.install(work));

    assertThat(offers(Map.of("PATH", path), "convo --corpus hostile.json quotes random --speaker "))
        .contains("lex -- " + HostileNames.NAME);
    assertThat(HostileNames.pwned(work)).isEmpty();
  }

  @Test
  void offersTheIdsOfAConversationOfTheLibraryQualifiedInReadingOrder() throws Exception {
    TeaLibrary tea = TeaLibrary.in(work);
    Map<String, String> environment = tea.environment();
    Map<String, String> marked = new java.util.HashMap<>(environment);
    marked.put("MARK_UNSORTED", "1");
    String quoted = "tea/" + tea.quoted().id() + "/";

    assertThat(words(marked, "convo show tea/")).containsExactlyElementsOf(
        tea.turns().stream().map(t -> "unsorted " + t).toList());
    assertThat(offers(environment, "convo show tea/1:1")).containsExactly("tea/1:1 -- 主持人: "
        + tea.corpus().turn("1:1").orElseThrow().paragraphs().get(0));
    assertThat(words(environment, "convo quotes show tea/")).containsExactlyElementsOf(tea.quotes());
    assertThat(words(environment, "convo quotes show " + quoted))
        .containsExactlyElementsOf(tea.sentencesOf(tea.quoted())).isNotEmpty();
    assertThat(words(environment, "convo show nosuch/")).isEmpty();
  }
}
