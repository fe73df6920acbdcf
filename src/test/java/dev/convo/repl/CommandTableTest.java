package dev.convo.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.ArchiveTraining;
import dev.convo.Commands;
import dev.convo.Main;
import dev.convo.cli.Cli;
import dev.convo.corpus.BundledCorpus;
import dev.convo.completion.CompletionCommand.Shell;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command table is the one place a command is registered: every command in the tree the
 * program runs and in the REPL's is in the table, trained for the start-up archive (or left out on
 * purpose), offered by the three completion scripts and the REPL's completer, documented in the man
 * page, and reachable from the REPL unless the table keeps it to the shell.
 */
class CommandTableTest {
  private static final PrintWriter SILENT = new PrintWriter(Writer.nullWriter());
  /** The tree the program runs. */
  private static final CommandLine WHOLE = Main.commandLine(SILENT, SILENT, Fixture.pipe());
  private static final CommandLine REPL = Fixture.session(SILENT, SILENT, Fixture.pipe()).tree();
  private static final ReplCompleter COMPLETER =
      new ReplCompleter(REPL.getCommandSpec(), new CorpusCandidates(BundledCorpus::get, null));

  /** Every command below {@code commandLine}, by its path of words, parents first. */
  private static Map<List<String>, CommandSpec> walk(CommandLine commandLine) {
    Map<List<String>, CommandSpec> commands = new LinkedHashMap<>();
    walk(commandLine.getCommandSpec(), List.of(), commands);
    return commands;
  }

  private static void walk(CommandSpec spec, List<String> path, Map<List<String>, CommandSpec> into) {
    for (CommandLine sub : new LinkedHashSet<>(spec.subcommands().values())) {
      List<String> below = new ArrayList<>(path);
      below.add(sub.getCommandSpec().name());
      into.put(List.copyOf(below), sub.getCommandSpec());
      walk(sub.getCommandSpec(), below, into);
    }
  }

  private static Map<List<String>, Commands> table() {
    Map<List<String>, Commands> table = new LinkedHashMap<>();
    for (Commands command : Commands.values()) {
      table.put(command.path(), command);
    }
    return table;
  }

  /** The commands a command line of the archive's training runs: its command and those above it. */
  private static List<List<String>> trained(String[] line) {
    CommandSpec spec = WHOLE.getCommandSpec();
    List<List<String>> trained = new ArrayList<>();
    List<String> path = new ArrayList<>();
    for (String word : Arrays.asList(line).subList(Cli.subcommandIndex(spec, line), line.length)) {
      CommandLine sub = spec.subcommands().get(word);
      if (sub == null) {
        break;
      }
      spec = sub.getCommandSpec();
      path.add(spec.name());
      trained.add(List.copyOf(path));
    }
    return trained;
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    Main.commandLine(new PrintWriter(out, true), SILENT, Fixture.pipe()).execute(args);
    return out.toString();
  }

  /** What the REPL's completer offers after the words of {@code parent}. */
  private static List<String> replOffers(List<String> parent) {
    String line = parent.isEmpty() ? "" : String.join(" ", parent) + " ";
    List<Candidate> candidates = new ArrayList<>();
    COMPLETER.complete(null, new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE),
        candidates);
    return candidates.stream().map(Candidate::value).toList();
  }

  /** The words a completion script offers as commands below {@code parent}. */
  private static Set<String> offered(Shell shell, String script, List<String> parent) {
    List<String> words = new ArrayList<>(List.of("convo"));
    words.addAll(parent);
    String path = String.join(" ", words);
    String context = String.join("_", words.subList(1, words.size()));
    Pattern offer = switch (shell) {
      case bash -> Pattern.compile("^ +'?" + Pattern.quote(path) + "'?\\) candidates\\+=\\(([^)]*)\\) ;;$",
          Pattern.MULTILINE);
      case zsh -> Pattern.compile("^ +'([^']+)'\\) _convo_cmd_" + (context.isEmpty() ? "" : Pattern.quote(context) + "_")
          + "\\1? && ret=0 ;;$", Pattern.MULTILINE);
      case fish -> Pattern.compile("^complete -c convo -n '__convo_at \\\\'" + Pattern.quote(path)
          + "\\\\' 0 0' -a '([^']+)'", Pattern.MULTILINE);
    };
    Set<String> offered = new LinkedHashSet<>();
    Matcher matcher = offer.matcher(script);
    while (matcher.find()) {
      offered.addAll(Arrays.asList(matcher.group(1).split(" ")));
    }
    return offered;
  }

  @Test
  void everyCommandInEitherTreeIsInTheTableWhereTheTableSaysItIs() {
    Map<List<String>, Commands> table = table();
    Map<List<String>, CommandSpec> whole = walk(WHOLE);
    Map<List<String>, CommandSpec> repl = walk(REPL);
    assertThat(table.keySet()).as("the table's commands, in both trees").containsExactlyInAnyOrderElementsOf(
        union(whole.keySet(), repl.keySet()));
    for (Map.Entry<List<String>, Commands> entry : table.entrySet()) {
      assertThat(whole.containsKey(entry.getKey())).as("%s in the whole tree", entry.getKey())
          .isEqualTo(entry.getValue().inWholeTree());
      assertThat(repl.containsKey(entry.getKey())).as("%s in the REPL's tree", entry.getKey())
          .isEqualTo(entry.getValue().inRepl());
    }
  }

  @Test
  void everyCommandOfTheWholeTreeIsTrainedUnlessTheTableLeavesItOut() {
    Set<List<String>> trained = new LinkedHashSet<>();
    for (String[] line : ArchiveTraining.commands()) {
      trained.addAll(trained(line));
    }
    Map<List<String>, Commands> table = table();
    for (List<String> path : walk(WHOLE).keySet()) {
      assertThat(trained.contains(path) || (table.containsKey(path) && table.get(path).untrained()))
          .as("%s is trained or the table says why not", path).isTrue();
    }
    for (Commands command : Commands.values()) {
      for (String[] line : command.training()) {
        assertThat(trained(line)).as("%s trains %s", Arrays.toString(line), command.path())
            .contains(command.path());
      }
      if (command.untrained()) {
        assertThat(command.training()).as("%s is left out of the training", command.path()).isEmpty();
      }
    }
  }

  @Test
  void theEverydayTrainingIsTheCliCommandsInTheFormatsATerminalOrAPipeGetsUnasked() {
    List<String> all = new ArrayList<>();
    for (String[] line : ArchiveTraining.commands()) {
      all.add(String.join(" ", line));
    }
    List<String> everyday = new ArrayList<>();
    for (String[] line : ArchiveTraining.everyday()) {
      everyday.add(String.join(" ", line));
    }
    assertThat(all).containsAll(everyday);
    assertThat(everyday).contains("--version", "quotes random --format plain", "search 计算能力")
        .doesNotContain("--help", "repl", "completion bash", "help search", "search 计算能力 --format json")
        .allSatisfy(line -> assertThat(line).doesNotContain("json", "tsv", "markdown"));
    Map<List<String>, Commands> table = table();
    for (String[] line : ArchiveTraining.everyday()) {
      List<List<String>> trained = trained(line);
      if (!trained.isEmpty()) {
        assertThat(table.get(trained.get(trained.size() - 1)).inCli()).as("%s runs a CLI command",
            Arrays.toString(line)).isTrue();
      }
    }
  }

  @Test
  void everyVisibleCommandIsOfferedByEachCompletionScriptAndDocumentedInTheManPage() {
    String page = run("manpage");
    for (Shell shell : Shell.values()) {
      String script = shell.script(WHOLE.getCommandSpec(), BundledCorpus.get());
      for (Map.Entry<List<String>, CommandSpec> command : walk(WHOLE).entrySet()) {
        List<String> path = command.getKey();
        boolean hidden = command.getValue().usageMessage().hidden();
        assertThat(offered(shell, script, path.subList(0, path.size() - 1)).contains(path.get(path.size() - 1)))
            .as("%s completes %s", shell, path).isEqualTo(!hidden);
        assertThat(page.contains(".SS \"convo " + String.join(" ", path) + "\"\n"))
            .as("the man page has a section on %s", path).isEqualTo(!hidden);
      }
    }
  }

  @Test
  void everyCommandOfTheReplIsOfferedByItsCompleterAndTheOnesOnlyItHasAreNamedInTheManPage() {
    String page = run("manpage");
    String replSection = page.substring(page.indexOf(".SS \"convo repl\"\n"));
    replSection = replSection.substring(0, replSection.indexOf("\n.S", 1));
    Map<List<String>, CommandSpec> whole = walk(WHOLE);
    for (List<String> path : walk(REPL).keySet()) {
      assertThat(replOffers(path.subList(0, path.size() - 1))).as("the REPL completes %s", path)
          .contains(path.get(path.size() - 1));
      if (!whole.containsKey(path)) {
        assertThat(replSection).as("the man page's section on the REPL names %s", path)
            .containsPattern("\\b" + Pattern.quote(path.get(path.size() - 1)) + "\\b");
      }
    }
  }

  private static Set<List<String>> union(Set<List<String>> a, Set<List<String>> b) {
    Set<List<String>> union = new LinkedHashSet<>(a);
    union.addAll(b);
    return union;
  }
}
