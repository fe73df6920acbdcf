package dev.convo.completion;

import dev.convo.TestLauncher;
import dev.convo.ShellProcess;
import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives completions/convo.bash in a real bash: the completion function is called the way bash
 * calls it, with COMP_WORDS and COMP_CWORD set (bash splits {@code --opt=value} at '=' into three
 * words, so the tests do too), and COMPREPLY is printed.
 */
class BashCompletionTest {
  static final Path SCRIPT = Path.of("completions/convo.bash").toAbsolutePath();
  static final String BASH_COMPLETION = "/usr/share/bash-completion/bash_completion";

  @TempDir Path work;

  /** COMPREPLY for a command line whose last word is the one being completed. */
  List<String> complete(String... words) {
    return complete(Map.of(), words);
  }

  List<String> complete(Map<String, String> environment, String... words) {
    return complete(environment, String.join(" ", words), List.of(words));
  }

  /**
   * COMPREPLY for {@code line}, typed up to the cursor at its end and split into COMP_WORDS as bash
   * splits it: at blanks, and around the characters of COMP_WORDBREAKS ({@code 7:3} is three words,
   * {@code 7}, {@code :} and {@code 3}). {@code breaks} replaces bash-completion's COMP_WORDBREAKS.
   */
  List<String> completeLine(String line, String breaks) {
    return complete(Map.of("BREAKS", breaks), line, bashWords(line, breaks));
  }

  List<String> completeLine(String line) {
    return completeLine(line, DEFAULT_BREAKS);
  }

  /** COMP_WORDBREAKS once bash-completion is loaded: bash's own less '@'. */
  static final String DEFAULT_BREAKS = " \t\n\"'><=;|&(:";

  /** The words bash's completion makes of {@code line}, the last one the word being completed. */
  static List<String> bashWords(String line, String breaks) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inBreak = false;
    for (char c : line.toCharArray()) {
      boolean isBreak = breaks.indexOf(c) >= 0;
      if (Character.isWhitespace(c)) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        if (word.length() > 0 && isBreak != inBreak) {
          words.add(word.toString());
          word.setLength(0);
        }
        word.append(c);
        inBreak = isBreak;
      }
    }
    words.add(word.toString());
    return words;
  }

  private List<String> complete(Map<String, String> environment, String line, List<String> words) {
    Tools.require("bash-completion", Path.of(BASH_COMPLETION));
    String driver = String.join("\n",
        "source " + BASH_COMPLETION,
        "if [[ -n ${BREAKS:-} ]]; then COMP_WORDBREAKS=$BREAKS; fi",
        // Some users run their interactive shell with nounset; the script must not trip over it.
        "set -u",
        "source \"$SCRIPT\"",
        "COMP_WORDS=(\"$@\")",
        "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))",
        "COMP_LINE=$LINE",
        "COMP_POINT=${#COMP_LINE}",
        "_convo",
        "printf '%s\\n' \"${COMPREPLY[@]}\"");
    List<String> command = new ArrayList<>(List.of("bash", "--norc", "--noprofile", "-c", driver, "bash"));
    command.addAll(words);
    Map<String, String> variables = new java.util.HashMap<>(environment);
    variables.put("SCRIPT", SCRIPT.toString());
    variables.put("LINE", line);
    ShellProcess bash = ShellProcess.run(command, work, variables, "");
    assertThat(bash.stderr()).isEmpty();
    assertThat(bash.exitCode()).isZero();
    return bash.lines().stream().filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void registersTheFunctionForTheCommand() {
    ShellProcess bash = ShellProcess.run(
        List.of("bash", "--norc", "--noprofile", "-c", "source \"$SCRIPT\" && complete -p convo"),
        work, Map.of("SCRIPT", SCRIPT.toString()), "");

    assertThat(bash.stdout().strip()).isEqualTo("complete -F _convo convo");
    assertThat(bash.stderr()).isEmpty();
  }

  @Test
  void bashCompletionLoadsTheScriptOnDemandFromTheUsersCompletionDirectory() throws IOException {
    Tools.require("bash-completion", Path.of(BASH_COMPLETION));
    Path completions = Files.createDirectories(work.resolve("data/bash-completion/completions"));
    Files.copy(SCRIPT, completions.resolve("convo"));
    String driver = String.join("\n",
        "source " + BASH_COMPLETION,
        "complete -p convo >/dev/null 2>&1 && echo 'loaded too early'",
        "if declare -F _comp_load >/dev/null; then _comp_load convo; else __load_completion convo; fi",
        "complete -p convo");
    ShellProcess bash = ShellProcess.run(List.of("bash", "--norc", "--noprofile", "-c", driver),
        work, Map.of("XDG_DATA_HOME", work.resolve("data").toString()), "");

    assertThat(bash.stdout().strip()).isEqualTo("complete -F _convo convo");
  }

  @Test
  void completesCommandNamesAfterTheProgramName() {
    assertThat(complete("convo", "")).contains("ingest", "completion");
    assertThat(complete("convo", "comp")).containsExactly("completion");
  }

  @Test
  void completesOptionsOfTheCommandOnTheLine() {
    assertThat(complete("convo", "ingest", "--")).contains("--output", "--topics", "--repairs", "--help");
    assertThat(complete("convo", "ingest", "--o")).containsExactly("--output");
  }

  @Test
  void completesTheShellsOfTheCompletionCommand() {
    assertThat(complete("convo", "completion", "")).containsExactly("bash", "zsh", "fish");
    assertThat(complete("convo", "completion", "z")).containsExactly("zsh");
  }

  @Test
  void completesFileNamesForFileOptionsInBothSpellings() throws IOException {
    Files.writeString(work.resolve("transcript.md"), "");
    Files.createDirectory(work.resolve("out"));

    assertThat(complete("convo", "ingest", "--output", "tr")).containsExactly("transcript.md");
    assertThat(complete("convo", "ingest", "--output", "=", "o")).containsExactly("out");
    assertThat(complete("convo", "ingest", "--output", "=")).contains("out", "transcript.md");
    assertThat(complete("convo", "ingest", "t")).containsExactly("transcript.md");
  }

  @Test
  void anOptionValueIsNotTakenForACommandName() {
    assertThat(complete("convo", "ingest", "-o", "ingest", "--t")).containsExactly("--topics");
  }

  @Test
  void completesSubcommandsOfSubcommands() {
    assertThat(complete("convo", "quotes", "")).containsExactly("random", "list", "show");
  }

  @Test
  void completesTopicSlugsAndAliases() {
    assertThat(complete("convo", "topic", "gp"))
        .contains("gpt-5", "gpt-4")
        .containsExactlyElementsOf(CorpusNames.topicsStartingWith("gp"));
    assertThat(complete("convo", "search", "--topic", "gp"))
        .containsExactlyElementsOf(CorpusNames.topicsStartingWith("gp"));
  }

  @Test
  void completesSectionIdsWhereASectionOrReferenceGoes() {
    assertThat(complete("convo", "show", "1")).contains("1", "1a", "10")
        .containsAll(CorpusNames.sectionsStartingWith("1"));
    assertThat(complete("convo", "quotes", "random", "--section", "=", "1"))
        .containsExactlyElementsOf(CorpusNames.sectionsStartingWith("1"));
  }

  @Test
  void completesQuoteIds() {
    assertThat(complete("convo", "quotes", "show", "")).contains("q1")
        .containsExactlyElementsOf(CorpusNames.quotes());
  }

  @Test
  void theWordsOfALineAreSplitAsBashSplitsThem() {
    assertThat(bashWords("convo show 7:1", DEFAULT_BREAKS)).containsExactly("convo", "show", "7", ":", "1");
    assertThat(bashWords("convo show 7:", DEFAULT_BREAKS)).containsExactly("convo", "show", "7", ":");
    assertThat(bashWords("convo ingest --output=tr", DEFAULT_BREAKS))
        .containsExactly("convo", "ingest", "--output", "=", "tr");
    assertThat(bashWords("convo show ", DEFAULT_BREAKS)).containsExactly("convo", "show", "");
  }

  /** What bash puts in place of the word after its last ':': the reply, after what precedes it. */
  private static List<String> afterColon(String word, List<String> ids) {
    String glue = word.substring(0, word.lastIndexOf(':') + 1);
    return ids.stream().filter(id -> id.startsWith(word)).map(id -> id.substring(glue.length())).toList();
  }

  @Test
  void completesTheTurnsOfTheSectionBeforeTheColon() {
    List<String> turns = CorpusNames.turnsOf("7");
    assertThat(turns).hasSizeGreaterThan(10);

    assertThat(completeLine("convo show 7:")).containsExactlyElementsOf(afterColon("7:", turns));
    assertThat(completeLine("convo show 7:1")).contains("1", "10", "19")
        .containsExactlyElementsOf(afterColon("7:1", turns));
    assertThat(completeLine("convo show 7:3-6 1a:")).containsExactlyElementsOf(
        afterColon("1a:", CorpusNames.turnsOf("1a")));
    assertThat(completeLine("convo show 7")).doesNotContain("7:1");
  }

  @Test
  void completesWholeTurnIdsWhereColonDoesNotBreakWords() {
    String breaks = DEFAULT_BREAKS.replace(":", "");

    assertThat(completeLine("convo show 7:1", breaks)).containsExactlyElementsOf(
        CorpusNames.turnsOf("7").stream().filter(t -> t.startsWith("7:1")).toList());
  }

  @Test
  void completesTheSentencesOfTheTurnBeforeTheSlash() {
    List<String> sentences = CorpusNames.sentencesOf("8:8");
    assertThat(sentences).hasSizeGreaterThan(5);

    assertThat(completeLine("convo quotes show 8:8/")).containsExactlyElementsOf(afterColon("8:8/", sentences));
    assertThat(completeLine("convo quotes show 8:8")).containsExactly("8/");
    assertThat(completeLine("convo quotes show 8:")).containsExactlyElementsOf(
        afterColon("8:", CorpusNames.turnsOf("8")).stream().map(t -> t + "/").toList());
  }

  @Test
  void asksConvoForTheTurnsOfAnotherCorpus() throws IOException {
    Path other = OtherCorpus.write(work);
    Map<String, String> environment = Map.of(
        "PATH", TestLauncher.path(TestLauncher.install(work)), "CONVO_CORPUS", other.toString());
    List<String> words = bashWords("convo show 7:", DEFAULT_BREAKS);

    assertThat(complete(environment, "convo show 7:", words))
        .containsExactlyElementsOf(afterColon("7:", CorpusNames.turnsOf("7")));
  }

  @Test
  void completesTheValuesOfEnumeratedOptions() {
    assertThat(complete("convo", "search", "--format", "")).contains("jsonl")
        .containsExactlyElementsOf(CorpusNames.formats());
    assertThat(complete("convo", "sections", "--color", "=", "n")).containsExactly("never");
    assertThat(complete("convo", "search", "--speaker", "")).containsExactly("lex", "sam");
  }

  @Test
  void asksConvoForTheNamesOfACorpusGivenWithTheOption() throws IOException {
    Path other = OtherCorpus.write(work);
    Map<String, String> path = Map.of("PATH", TestLauncher.path(TestLauncher.install(work)));

    assertThat(complete(path, "convo", "--corpus", "'" + other.getFileName() + "'", "topic", ""))
        .containsExactlyElementsOf(OtherCorpus.TOPIC_NAMES);
    assertThat(complete(path, "convo", "topic", "--corpus", "=", other.toString(), "f"))
        .containsExactly("fusion-power");
  }

  @Test
  void asksConvoForTheNamesOfTheCorpusInConvoCorpus() throws IOException {
    Path other = OtherCorpus.write(work);
    Map<String, String> environment = Map.of(
        "PATH", TestLauncher.path(TestLauncher.install(work)), "CONVO_CORPUS", other.toString());

    assertThat(complete(environment, "convo", "topic", "")).containsExactlyElementsOf(OtherCorpus.TOPIC_NAMES);
  }

  @Test
  void completesAllWhereAReferenceGoes() {
    assertThat(complete("convo", "show", "a")).contains("all");
    assertThat(complete("convo", "quotes", "show", "a")).doesNotContain("all");
  }

  @Test
  void completesTheCommandsUnderThoseGivenToHelp() {
    assertThat(complete("convo", "help", "quotes", "")).containsExactly("random", "list", "show");
    assertThat(complete("convo", "help", "")).containsExactlyElementsOf(complete("convo", ""));
    assertThat(complete("convo", "help", "quotes", "random", "")).isEmpty();
  }

  @Test
  void completesTheListsOfCompletionList() {
    assertThat(complete("convo", "completion", "--list", ""))
        .containsExactly("section", "topic", "quote", "speaker", "turn", "sentence", "conversation");
    assertThat(complete("convo", "completion", "--")).doesNotContain("--list");
  }

  /**
   * bash sorts what it lists unless told not to; turn and sentence ids are numbers, which sorted as
   * text put 7:10 before 7:2. The function's requests to compopt are recorded to see it tell bash.
   */
  @Test
  void turnAndSentenceIdsKeepTheirReadingOrder() {
    assertThat(compopt("convo show 7:")).contains("-o nosort");
    assertThat(compopt("convo quotes show 8:8/")).contains("-o nosort");
    assertThat(compopt("convo topic g")).doesNotContain("-o nosort");
  }

  private List<String> compopt(String line) {
    Tools.require("bash-completion", Path.of(BASH_COMPLETION));
    String driver = String.join("\n",
        "source " + BASH_COMPLETION,
        "source \"$SCRIPT\"",
        "compopt() { printf '%s\\n' \"$*\"; }",
        "COMP_WORDS=(\"$@\")",
        "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))",
        "COMP_LINE=$LINE",
        "COMP_POINT=${#COMP_LINE}",
        "_convo");
    List<String> command = new ArrayList<>(List.of("bash", "--norc", "--noprofile", "-c", driver, "bash"));
    command.addAll(bashWords(line, DEFAULT_BREAKS));
    ShellProcess bash = ShellProcess.run(command, work, Map.of("SCRIPT", SCRIPT.toString(), "LINE", line), "");
    assertThat(bash.stderr()).isEmpty();
    return bash.lines();
  }

  @Test
  void aSpeakerNamedWithShellCodeInACorpusGivenWithTheOptionRunsNothing() throws IOException {
    Path hostile = HostileNames.write(work);
    Map<String, String> path = Map.of("PATH", TestLauncher.path(TestLauncher.install(work)));

    assertThat(complete(path, "convo", "--corpus", hostile.toString(), "quotes", "random", "--speaker", ""))
        .containsExactlyInAnyOrder("lex", "sam");
    assertThat(HostileNames.pwned(work)).isEmpty();
  }

  @Test
  void completesTheIdsOfAConversationOfTheLibraryQualifiedInReadingOrder() throws Exception {
    TeaLibrary tea = TeaLibrary.in(work);
    Map<String, String> environment = tea.environment();
    java.util.function.Function<String, List<String>> offered =
        line -> complete(environment, line, bashWords(line, DEFAULT_BREAKS));
    String quoted = "tea/" + tea.quoted().id() + "/";

    assertThat(offered.apply("convo show tea/")).containsExactlyElementsOf(tea.turns());
    assertThat(offered.apply("convo show tea/2:")).containsExactlyElementsOf(afterColon("tea/2:", tea.turns()));
    assertThat(offered.apply("convo quotes show tea/")).containsExactlyElementsOf(tea.quotes());
    assertThat(offered.apply("convo quotes show " + quoted))
        .containsExactlyElementsOf(afterColon(quoted, tea.sentencesOf(tea.quoted()))).isNotEmpty();
    assertThat(offered.apply("convo show nosuch/")).isEmpty();
    assertThat(offered.apply("convo show 7:")).containsExactlyElementsOf(afterColon("7:", CorpusNames.turnsOf("7")));
  }
}
