package dev.convo.manual;

import dev.convo.TestTree;
import dev.convo.ShellProcess;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** convo(1) as the build writes it, rendered by groff as man(1) would. */
class ManPageTest {
  static String roff;
  static ShellProcess groff;

  @BeforeAll
  static void render() {
    roff = TestTree.output("manpage", "--release", "9.8.7");
    groff = ShellProcess.run(List.of("groff", "-ww", "-man", "-Tutf8"), Path.of("."),
        Map.of("GROFF_NO_SGR", "1"), roff);
  }

  /** The rendered page without overstriking (bold as "xx", underline as "_x"). */
  static String text() {
    return groff.stdout().replaceAll(".\b", "");
  }

  @Test
  void groffRendersThePageWithoutAWarning() {
    assertThat(groff.stderr()).isEmpty();
    assertThat(groff.exitCode()).isZero();
    assertThat(text()).startsWith("CONVO(1)").contains("convo 9.8.7");
  }

  @Test
  void everyVisibleCommandHasItsSection() {
    for (CommandSpec command : visibleCommands(TestTree.commandLine().getCommandSpec())) {
      assertThat(text()).contains("\n   " + command.qualifiedName() + "\n");
    }
  }

  @Test
  void everyVisibleOptionOfEveryCommandIsDescribed() {
    CommandSpec root = TestTree.commandLine().getCommandSpec();
    List<CommandSpec> commands = new ArrayList<>(visibleCommands(root));
    commands.add(root);
    for (CommandSpec command : commands) {
      for (OptionSpec option : command.options()) {
        if (!option.hidden()) {
          assertThat(text()).as("%s %s", command.qualifiedName(), option.longestName())
              .contains(option.longestName());
        }
      }
    }
  }

  @Test
  void listsTheExitCodesOfTheCommandModel() {
    Map<String, String> codes = TestTree.commandLine().getCommandSpec().usageMessage().exitCodeList();
    assertThat(codes).isNotEmpty();
    assertThat(text()).contains("EXIT STATUS");
    for (Map.Entry<String, String> code : codes.entrySet()) {
      assertThat(text()).containsPattern("(?im)^ {7}" + code.getKey().strip() + "\\s+"
          + java.util.regex.Pattern.quote(code.getValue().strip()));
    }
  }

  @Test
  void documentsEveryEnvironmentVariable() {
    String environment = text().substring(text().indexOf("ENVIRONMENT"), text().indexOf("EXAMPLES"));
    for (String variable : List.of("CONVO_CORPUS", "NO_COLOR", "CLICOLOR_FORCE", "PAGER",
        "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "CONVO_DEBUG", "COLUMNS", "CONVO_WIDTH", "CONVO_TRACE")) {
      assertThat(environment).containsPattern("(?m)^ {7}" + variable + "\\b");
    }
  }

  @Test
  void everyExampleIsACommandLineTheTreeAccepts() {
    assertThat(ManPage.EXAMPLES).isNotEmpty();
    for (ManPage.Entry example : ManPage.EXAMPLES) {
      List<String> words = words(unescape(example.term()));
      assertThat(words.get(0)).isEqualTo("convo");
      CommandLine commandLine = TestTree.commandLine();
      commandLine.parseArgs(words.subList(1, words.size()).toArray(String[]::new));
      assertThat(text()).contains(words.get(1));
    }
  }

  @Test
  void chineseTextReachesThePageAsCharactersNotBytes() {
    assertThat(ManPage.escape("算力 convo-1")).isEqualTo("\\[u7B97]\\[u529B] convo\\-1");
    assertThat(ManPage.escape(".start")).isEqualTo("\\&.start");
  }

  /** The text a roff line of the page stands for: hyphens, backslashes, \\[uXXXX] characters. */
  static String unescape(String roff) {
    java.util.regex.Matcher unicode = java.util.regex.Pattern.compile("\\\\\\[u([0-9A-F]{4,5})]").matcher(roff);
    StringBuilder text = new StringBuilder();
    while (unicode.find()) {
      unicode.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(
          Character.toString(Integer.parseInt(unicode.group(1), 16))));
    }
    unicode.appendTail(text);
    return text.toString().replace("\\-", "-").replace("\\e", "\\");
  }

  /** Shell-like words of a command line up to a redirection or pipe; quotes group words. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else if ((c == '>' || c == '|') && word == null) {
        break;
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  static List<CommandSpec> visibleCommands(CommandSpec spec) {
    List<CommandSpec> all = new ArrayList<>();
    for (CommandLine sub : new java.util.LinkedHashSet<>(spec.subcommands().values())) {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        all.add(sub.getCommandSpec());
        all.addAll(visibleCommands(sub.getCommandSpec()));
      }
    }
    return all;
  }
}
