package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every example in every command's help runs and succeeds: help that lies is worse than none. */
class HelpExamplesTest {
  private static void collect(CommandLine command, List<String> into) {
    for (String line : command.getCommandSpec().usageMessage().footer()) {
      if (line.startsWith("  convo ") && !line.endsWith("\\")) {
        into.add(line.substring("  convo ".length()));
      }
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  /** The command part of an example: before a pipe, a redirection or the two spaces of a comment. */
  static List<String> words(String example) {
    String command = example.split(" {2,}| \\| | > ")[0];
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (char c : command.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void everyExampleSucceeds() {
    CommandLine tree = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        Run.pipe().environment());
    List<String> examples = new ArrayList<>();
    collect(tree, examples);
    assertThat(examples).hasSizeGreaterThan(25);
    for (String example : examples) {
      Run.Result result = Run.exec(words(example).toArray(String[]::new));
      assertThat(result.code()).as(example + "\n" + result.err()).isZero();
      assertThat(result.out()).as(example).isNotEmpty();
    }
  }

  @Test
  void examplesAreParsedAsAShellWould() {
    assertThat(words("search --regex 'GPT-[45]' --format jsonl")).containsExactly(
        "search", "--regex", "GPT-[45]", "--format", "jsonl");
    assertThat(words("show 7:3        the third turn")).containsExactly("show", "7:3");
    assertThat(words("sections --format tsv | cut -f1,4")).containsExactly("sections", "--format", "tsv");
    assertThat(words("topic 核聚变 --format markdown > fusion.md"))
        .containsExactly("topic", "核聚变", "--format", "markdown");
  }
}
