package dev.convo.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.ShellProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word the scripts quote is read back by the shell as itself, on one line of the script, and
 * runs nothing: checked on the quoted text and by real bash, zsh and fish reading it.
 */
class ShellQuotingTest {
  /** Words a corpus could hold that would break out of careless quoting. */
  static final List<String> HOSTILE = List.of(
      "plain",
      "it's",
      "'",
      "''\\''",
      "$(touch pwned-dollar)",
      "`touch pwned-backtick`",
      "${HOME}",
      "\"double\" $HOME",
      "back\\slash\\",
      "line\nbreak",
      "tab\there",
      "\u001b]0;title\u0007\u001b[2J",
      "nel\u0085c1",
      "del\u007f",
      "a:b [c] \\d",
      "; touch pwned-semicolon #",
      "* ? [a-z]",
      "--corpus=x",
      "简体 日本語 😀",
      "");

  @TempDir Path work;

  static Stream<String> hostile() {
    return HOSTILE.stream();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void everyQuotedWordStaysOnOneLineWithoutControlCharacters(String word) {
    for (UnaryOperator<String> quote : List.<UnaryOperator<String>>of(
        ShellQuoting::bash, ShellQuoting::zsh, ShellQuoting::fish)) {
      assertThat(quote.apply(word)).doesNotContainPattern("\\p{Cc}");
    }
  }

  @Test
  void bashLeavesAPlainWordUnquotedAndQuotesTheRest() {
    assertThat(ShellQuoting.bash("convo-quotes_1.2+x/y")).isEqualTo("convo-quotes_1.2+x/y");
    assertThat(ShellQuoting.bash("convo quotes")).isEqualTo("'convo quotes'");
    assertThat(ShellQuoting.bash("it's")).isEqualTo("'it'\\''s'");
    assertThat(ShellQuoting.bash("")).isEqualTo("''");
    assertThat(ShellQuoting.bash("a\nb'")).isEqualTo("$'a\\x0ab\\''");
  }

  @Test
  void zshAlwaysQuotes() {
    assertThat(ShellQuoting.zsh("convo")).isEqualTo("'convo'");
    assertThat(ShellQuoting.zsh("$(x)'")).isEqualTo("'$(x)'\\'''");
    assertThat(ShellQuoting.zsh("\u0085")).isEqualTo("$'\\u0085'");
  }

  @Test
  void fishEscapesBackslashesAndQuotesInsideItsQuotes() {
    assertThat(ShellQuoting.fish("it's \\ $x")).isEqualTo("'it\\'s \\\\ $x'");
    assertThat(ShellQuoting.fish("a\u001bb")).isEqualTo("'a'\\x1b'b'");
  }

  @Test
  void zshMarkUpIsEscapedWhereItWouldEndAField() {
    assertThat(ShellQuoting.zshItem("8:8/1", "Lex: a [b] c:d")).isEqualTo("8\\:8/1:Lex: a [b] c:d");
    assertThat(ShellQuoting.zshItem("a\\b", "c\\d")).isEqualTo("a\\\\b:c\\\\d");
    assertThat(ShellQuoting.zshColons("a:b:c")).isEqualTo("a\\:b\\:c");
    assertThat(ShellQuoting.zshBracketed("see [x] \\y")).isEqualTo("[see \\[x\\] \\\\y]");
    assertThat(ShellQuoting.zshListed("a b(c)\\")).isEqualTo("a\\ b\\(c\\)\\\\");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void bashReadsEveryQuotedWordBackAsItself(String word) throws Exception {
    assertReadBack(List.of("bash", "--norc", "--noprofile", "-c"), ShellQuoting.bash(word), word);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void zshReadsEveryQuotedWordBackAsItself(String word) throws Exception {
    assertReadBack(List.of("zsh", "-f", "-c"), ShellQuoting.zsh(word), word);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void fishReadsEveryQuotedWordBackAsItself(String word) throws Exception {
    assertReadBack(List.of("fish", "--no-config", "-c"), ShellQuoting.fish(word), word);
  }

  /** {@code shell} prints the word {@code quoted} stands for; the word, and nothing was run. */
  private void assertReadBack(List<String> shell, String quoted, String word) throws Exception {
    List<String> command = Stream.concat(shell.stream(),
        Stream.of("printf '%s' " + quoted + " > out")).toList();
    ShellProcess process = ShellProcess.run(command, work, Map.of(), "");

    assertThat(process.stderr()).isEmpty();
    assertThat(Files.readString(work.resolve("out"))).isEqualTo(word);
    try (Stream<Path> files = Files.list(work)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }
}
