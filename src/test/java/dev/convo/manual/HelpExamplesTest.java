package dev.convo.manual;

import dev.convo.cli.HelpText;
import dev.convo.TestTree;
import dev.convo.TestLauncher;
import dev.convo.ShellProcess;
import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.Tools;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every example that the help, the man page and README.md give runs and prints something: help
 * that lies is worse than none. An example is a shell line; each convo command in it runs here,
 * in-process, as the line has it (a redirection's output is kept instead of written), and a line
 * that pipes convo into other programs runs whole in a real shell, with this build as convo.
 */
class HelpExamplesTest {
  /** Files an example takes the reader to have, and what the test writes in their place. */
  static final Map<String, String> READERS_FILES = Map.of("transcript.md",
      "**1. Fusion**\n\n**Ada:** Will fusion work?\n\n**Ben:** Yes, within a decade.\n");
  /** Programs that wait for a person (fzf shows a menu): such a line cannot run unattended. */
  static final Set<String> INTERACTIVE = Set.of("fzf");
  /**
   * Words that programs after a pipe take before any file name (grep's pattern, jq's filter); any
   * other word that is not an option names a file, and a program given a file does not read what
   * convo prints: {@code convo show all | less the whole interview} pages three missing files.
   */
  static final Map<String, Integer> LEADING_WORDS = Map.of("grep", 1, "jq", 1, "xargs", Integer.MAX_VALUE);
  private static final Pattern EXAMPLE_BLOCK = Pattern.compile("(?s)\n\\.EX\n(.*?)\n\\.EE\n");
  private static final Pattern CODE_BLOCK = Pattern.compile("(?s)```sh\n(.*?)```");
  private static final Pattern TABLE_EXAMPLE = Pattern.compile("(?m)^\\|.*\\| `(convo [^`]*)` \\|$");

  @TempDir Path work;

  /** A shell line and where it was found. */
  record Example(String where, String line) {}

  // ---- where examples are ----

  static List<Example> helpExamples() {
    List<Example> examples = new ArrayList<>();
    collect(TestTree.commandLine(), examples);
    return examples;
  }

  private static void collect(CommandLine command, List<Example> into) {
    CommandSpec spec = command.getCommandSpec();
    List<String> lines = new ArrayList<>(HelpText.lines(spec.usageMessage().description()));
    lines.addAll(HelpText.lines(spec.usageMessage().footer()));
    for (String line : joinContinuations(lines)) {
      // examples are indented; the text around them is not
      if (line.startsWith("  ")) {
        into.add(new Example(spec.qualifiedName() + " --help", line.strip()));
      }
    }
    new LinkedHashSet<>(command.getSubcommands().values()).forEach(sub -> collect(sub, into));
  }

  static List<Example> manPageExamples() {
    String roff = TestTree.output("manpage");
    List<Example> examples = new ArrayList<>();
    Matcher block = EXAMPLE_BLOCK.matcher(roff);
    while (block.find()) {
      List<String> lines = block.group(1).lines().map(ManPageTest::unescape).toList();
      for (String line : joinContinuations(lines)) {
        examples.add(new Example("convo(1)", line.strip()));
      }
    }
    return examples;
  }

  static List<Example> readmeExamples() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    Matcher block = CODE_BLOCK.matcher(readme);
    while (block.find()) {
      for (String line : joinContinuations(block.group(1).lines().toList())) {
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          examples.add(new Example("README.md", line.strip()));
        }
      }
    }
    Matcher row = TABLE_EXAMPLE.matcher(readme);
    while (row.find()) {
      examples.add(new Example("README.md, Commands", row.group(1)));
    }
    return examples;
  }

  /** Lines ending in a backslash joined to the next, as the shell reads them. */
  static List<String> joinContinuations(List<String> lines) {
    List<String> joined = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : lines) {
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1);
        continue;
      }
      joined.add(pending.length() == 0 ? line : pending + line.strip());
      pending.setLength(0);
    }
    return joined;
  }

  // ---- running them ----

  /** What one convo command of an example printed, and where its output went. */
  record Outcome(int code, String out, String err) {}

  /**
   * Runs every convo command of {@code example} that does not read another program's output, and
   * returns how many there were.
   */
  private int runConvoCommands(Example example) throws IOException {
    int ran = 0;
    for (List<Shell.Command> pipeline : Shell.parse(example.line())) {
      for (int i = 0; i < pipeline.size(); i++) {
        Shell.Command command = pipeline.get(i);
        if (!command.isConvo()) {
          continue;
        }
        // `printf … | convo repl` reads what printf writes: ReplScriptTest runs such scripts.
        if (i > 0) {
          continue;
        }
        Outcome outcome = run(command);
        assertThat(outcome.code()).as("%s: %s%n%s", example.where(), example.line(), outcome.err()).isZero();
        assertThat(outcome.out()).as("%s: %s prints nothing", example.where(), example.line()).isNotEmpty();
        ran++;
      }
    }
    return ran;
  }

  private Outcome run(Shell.Command command) throws IOException {
    List<String> args = new ArrayList<>();
    Path written = null;
    List<String> words = command.arguments();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if ((word.equals("-o") || word.equals("--output")) && i + 1 < words.size()) {
        // the example would write the reader's file; the test writes its own
        written = work.resolve("output-" + i);
        args.add(word);
        args.add(written.toString());
        i++;
      } else if (READERS_FILES.containsKey(word)) {
        Path lent = work.resolve(word);
        Files.writeString(lent, READERS_FILES.get(word), StandardCharsets.UTF_8);
        args.add(lent.toString());
      } else {
        args.add(word);
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TestTree.commandLine(out, err, Map.of("XDG_DATA_HOME", work.resolve("data").toString()))
        .execute(args.toArray(String[]::new));
    String printed = written != null && Files.exists(written)
        ? Files.readString(written, StandardCharsets.UTF_8) : out.toString();
    return new Outcome(code, printed, err.toString());
  }

  /** Runs a line that pipes convo into other programs in bash, with this build as convo on PATH. */
  private void runPipeline(Example example) throws IOException {
    for (List<Shell.Command> pipeline : Shell.parse(example.line())) {
      if (pipeline.size() < 2 || !pipeline.get(0).isConvo()) {
        continue;
      }
      if (pipeline.stream().anyMatch(c -> INTERACTIVE.contains(c.program()))) {
        continue;
      }
      for (Shell.Command reader : pipeline.subList(1, pipeline.size())) {
        Tools.require(reader.program());
        long words = reader.arguments().stream().filter(a -> !a.startsWith("-")).count();
        assertThat(words).as("%s: %s: %s is given files to read instead of convo's output", example.where(),
            example.line(), reader.program()).isLessThanOrEqualTo(LEADING_WORDS.getOrDefault(reader.program(), 0));
      }
      Path bin = TestLauncher.install(work);
      ShellProcess sh = ShellProcess.run(List.of("bash", "-o", "pipefail", "-c", example.line()),
          work, Map.of("PATH", TestLauncher.path(bin), "XDG_DATA_HOME", work.resolve("data").toString()), "");
      assertThat(sh.exitCode()).as("%s: %s%n%s", example.where(), example.line(), sh.stderr()).isZero();
      assertThat(sh.stdout()).as("%s: %s prints nothing", example.where(), example.line()).isNotBlank();
    }
  }

  /** Runs each example's convo commands in-process, at least {@code atLeast} in all, then its pipeline whole. */
  private void everyExampleRuns(List<Example> examples, int atLeast) throws IOException {
    int ran = 0;
    for (Example example : examples) {
      ran += runConvoCommands(example);
    }
    assertThat(ran).as("convo commands run").isGreaterThanOrEqualTo(atLeast);
    for (Example example : examples) {
      runPipeline(example);
    }
  }

  @Test
  void everyExampleInTheHelpRuns() throws IOException {
    List<Example> examples = helpExamples();
    everyExampleRuns(examples, 35);
  }

  @Test
  void everyExampleInTheManPageRuns() throws IOException {
    List<Example> examples = manPageExamples();
    assertThat(examples).extracting(Example::line)
        .contains("convo search 计算能力 --speaker sam --format jsonl | jq -r .text");
    everyExampleRuns(examples, 40);
  }

  @Test
  void everyExampleInTheReadmeRuns() throws IOException {
    List<Example> examples = readmeExamples();
    assertThat(examples).extracting(Example::line)
        .contains("convo quotes random --any --format plain", "convo help search");
    everyExampleRuns(examples, 15);
  }

  @Test
  void examplesAreReadAsTheShellReadsThem() {
    assertThat(Shell.parse("convo search --regex 'GPT-[45]' --format jsonl").get(0).get(0).arguments())
        .containsExactly("search", "--regex", "GPT-[45]", "--format", "jsonl");
    assertThat(Shell.parse("convo show 7:3   # the third turn").get(0).get(0).arguments())
        .containsExactly("show", "7:3");
    List<Shell.Command> pipeline = Shell.parse("convo sections --format tsv | cut -f1,4").get(0);
    assertThat(pipeline).extracting(Shell.Command::program).containsExactly("convo", "cut");
    assertThat(Shell.parse("convo topic 核聚变 --format markdown > fusion.md").get(0).get(0).arguments())
        .containsExactly("topic", "核聚变", "--format", "markdown");
    assertThat(Shell.parse("command -v convo >/dev/null && target/convo quotes random --daily"))
        .extracting(p -> p.get(0).isConvo()).containsExactly(false, true);
    assertThat(Shell.parse("convo stats --format jsonl | grep '\"scope\":\"speaker\"'").get(0).get(1).arguments())
        .containsExactly("\"scope\":\"speaker\"");
    assertThat(Shell.parse("printf 'a\\nb' | convo repl").get(0).get(1).isConvo()).isTrue();
  }
}
