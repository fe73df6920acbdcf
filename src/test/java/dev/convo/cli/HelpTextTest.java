package dev.convo.cli;

import dev.convo.TestTree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.text.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How {@code --help} lays its text out: lines are broken between words, never inside one
 * ({@code ~/.} / {@code local/state}, {@code (8:} / {@code 8/1)}), examples are whole lines to
 * copy, and their comments line up as a terminal shows them, Chinese counting two columns.
 */
class HelpTextTest {
  /** Every visible command's path, the program itself first. */
  static List<List<String>> paths() {
    List<List<String>> paths = new ArrayList<>();
    paths.add(List.of());
    collect(TestTree.commandLine(), List.of(), paths);
    return paths;
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
    for (CommandLine sub : new LinkedHashSet<>(command.getSubcommands().values())) {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        List<String> subPath = new ArrayList<>(path);
        subPath.add(sub.getCommandSpec().name());
        into.add(subPath);
        collect(sub, subPath, into);
      }
    }
  }

  static String name(List<String> path) {
    return String.join(" ", "convo", String.join(" ", path), "--help").replace("  ", " ");
  }

  static CommandSpec spec(List<String> path) {
    CommandLine command = TestTree.commandLine();
    for (String word : path) {
      command = command.getSubcommands().get(word);
    }
    return command.getCommandSpec();
  }

  static String help(List<String> path) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    return TestTree.output(args.toArray(String[]::new));
  }

  /** The texts of a command that its help wraps: its own, its options', its commands' summaries. */
  static List<String> wrappedTexts(CommandSpec spec) {
    List<String> texts = new ArrayList<>(HelpText.lines(spec.usageMessage().description()));
    for (ArgSpec arg : spec.args()) {
      if (!arg.hidden()) {
        texts.addAll(HelpText.lines(arg.description()));
      }
    }
    for (CommandLine sub : spec.subcommands().values()) {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        texts.add(HelpText.lines(sub.getCommandSpec().usageMessage().description()).get(0));
      }
    }
    return texts;
  }

  @Test
  void linesBreakBetweenWordsNeverInsideOne() {
    for (List<String> path : paths()) {
      String help = help(path);
      Set<String> shown = new HashSet<>(Arrays.asList(help.split("\\s+")));
      for (String text : wrappedTexts(spec(path))) {
        for (String word : text.strip().split("\\s+")) {
          if (!word.isEmpty()) {
            assertThat(shown).as("%s breaks '%s' across lines", name(path), word)
                .contains(word);
          }
        }
      }
    }
  }

  @Test
  void examplesAreWholeLinesWithTheirCommentsInOneColumn() {
    int commented = 0;
    for (List<String> path : paths()) {
      List<String> examples = HelpText.lines(spec(path).usageMessage().footer());
      List<String> lines = help(path).lines().toList();
      Set<Integer> columns = new HashSet<>();
      for (String example : examples) {
        assertThat(lines).as("%s wraps an example", name(path)).contains(example);
        int comment = example.indexOf("  # ");
        if (comment > 0) {
          columns.add(Columns.of(example.substring(0, comment)));
          commented++;
        }
      }
      assertThat(columns).as("%s: columns of the examples' comments", name(path))
          .hasSizeLessThanOrEqualTo(1);
    }
    assertThat(commented).isGreaterThan(10);
  }
}
