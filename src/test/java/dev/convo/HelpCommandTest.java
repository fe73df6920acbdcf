package dev.convo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.text.Env;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code convo help}, git's habit: {@code convo help CMD…} prints what {@code convo CMD… --help}
 * prints; and every usage error points to help that is there.
 */
class HelpCommandTest {
  private static final Pattern HINT = Pattern.compile("\\(see '([^']*)'\\)$");

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = Env.fixed(Map.of(), false, 80, 24, LocalDate.of(2026, 3, 19), (command, text) -> false);
    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err), env).execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** The word paths of every visible command, from the program's help command's own tree. */
  static List<List<String>> commandPaths() {
    List<List<String>> paths = new ArrayList<>();
    collect(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        Env.fixed(Map.of(), false, 80, 24, LocalDate.of(2026, 3, 19), (c, t) -> false)), List.of(), paths);
    return paths;
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
    for (CommandLine sub : new java.util.LinkedHashSet<>(command.getSubcommands().values())) {
      if (sub.getCommandSpec().usageMessage().hidden()) {
        continue;
      }
      List<String> subPath = new ArrayList<>(path);
      subPath.add(sub.getCommandSpec().name());
      into.add(subPath);
      collect(sub, subPath, into);
    }
  }

  @Test
  void helpAloneIsTheProgramsHelp() {
    Result help = run("help");

    assertThat(help.code()).isZero();
    assertThat(help.err()).isEmpty();
    assertThat(help.out()).startsWith("Usage: convo ").contains("Commands:").isEqualTo(run("--help").out());
  }

  @Test
  void helpWithCommandsIsWhatTheirHelpOptionPrints() {
    List<List<String>> paths = commandPaths();
    assertThat(paths).contains(List.of("quotes", "random"), List.of("help"), List.of("completion"));
    for (List<String> path : paths) {
      List<String> help = new ArrayList<>(List.of("help"));
      help.addAll(path);
      List<String> option = new ArrayList<>(path);
      option.add("--help");
      Result viaCommand = run(help.toArray(String[]::new));
      Result viaOption = run(option.toArray(String[]::new));

      assertThat(viaCommand.code()).as("%s", help).isZero();
      assertThat(viaCommand.err()).as("%s", help).isEmpty();
      assertThat(viaCommand.out()).as("%s", help).startsWith("Usage: convo " + String.join(" ", path))
          .isEqualTo(viaOption.out());
    }
  }

  @Test
  void helpForACommandThatIsNotThereSaysSo() {
    Result unknown = run("help", "serch");
    Result below = run("help", "quotes", "bogus");

    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err())
        .isEqualTo("convo: unknown command 'serch' — did you mean: search, sections? (see 'convo --help')\n");
    assertThat(below.err()).isEqualTo("convo: unknown command 'bogus' (see 'convo quotes --help')\n");
  }

  /** A usage error in each command, the help it points to, and that help run. */
  @Test
  void everyUsageErrorPointsToHelpThatRuns() {
    List<List<String>> paths = new ArrayList<>(commandPaths());
    paths.add(0, List.of());
    for (List<String> path : paths) {
      List<String> mistake = new ArrayList<>(path);
      mistake.add("--frobnicate");
      Result error = run(mistake.toArray(String[]::new));
      assertThat(error.code()).as("%s", mistake).isEqualTo(2);
      Matcher hint = HINT.matcher(error.err().strip());
      assertThat(hint.find()).as("%s: %s", mistake, error.err()).isTrue();
      List<String> words = Arrays.asList(hint.group(1).split(" "));
      assertThat(words.get(0)).as("%s", mistake).isEqualTo("convo");

      Result help = run(words.subList(1, words.size()).toArray(String[]::new));
      assertThat(help.code()).as("%s", words).isZero();
      assertThat(help.out()).as("%s", words).startsWith(("Usage: convo " + String.join(" ", path)).strip());
    }
  }
}
