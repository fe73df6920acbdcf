package dev.convo.cli;

import dev.convo.Commands;
import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.text.Env;
import org.junit.jupiter.api.Test;

/** Format, colour and pager decisions, driven through a fixed environment. */
class OutputRulesTest {
  private static final String ESC = "\u001b[";

  @Test
  void aPipeGetsPlainWithoutColour() {
    Run.Result result = Run.pipe().run("show", "7:1");
    assertThat(result.out()).isEqualTo("7:1 Lex: 那么，GPT-5 什么时候出来？\n");
  }

  @Test
  void aTerminalGetsColouredText() {
    Run.Result result = Run.terminal().run("show", "7:1");
    assertThat(result.out()).contains(ESC + "1;36mLex" + ESC + "0m").contains("── 7 · 关于 GPT-5");
  }

  @Test
  void lexAndSamHaveDifferentColours() {
    String out = Run.terminal().run("show", "7:1-2").out();
    assertThat(out).contains(ESC + "1;36mLex").contains(ESC + "1;33mSam");
  }

  @Test
  void noColorTurnsColourOffButKeepsTheLayout() {
    Run.Result result = Run.terminal().env("NO_COLOR", "1").run("show", "7:1");
    assertThat(result.out()).doesNotContain(ESC).contains("7:1 Lex  那么");
  }

  @Test
  void anEmptyNoColorDoesNotCount() {
    assertThat(Run.terminal().env("NO_COLOR", "").run("show", "7:1").out()).contains(ESC);
  }

  @Test
  void dumbTerminalsGetNoColour() {
    assertThat(Run.terminal().env("TERM", "dumb").run("show", "7:1").out()).doesNotContain(ESC);
  }

  @Test
  void clicolorForceColoursTextEvenInAPipe() {
    Run.Result result = Run.pipe().env("CLICOLOR_FORCE", "1").run("show", "7:1", "--format", "text");
    assertThat(result.out()).contains(ESC);
    assertThat(Run.pipe().env("CLICOLOR_FORCE", "0").run("show", "7:1", "--format", "text").out())
        .doesNotContain(ESC);
  }

  @Test
  void clicolorForceInAPipeMeansColouredTextAsColorAlwaysDoes() {
    String always = Run.pipe().run("show", "7:1", "--color", "always").out();
    assertThat(always).contains(ESC + "1;36mLex");
    assertThat(Run.pipe().env("CLICOLOR_FORCE", "1").run("show", "7:1").out()).isEqualTo(always);
    // It outranks NO_COLOR and TERM=dumb, as the README's order has it.
    assertThat(Run.pipe().env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1").env("TERM", "dumb")
        .run("show", "7:1").out()).isEqualTo(always);
    assertThat(Run.terminal().env("CLICOLOR_FORCE", "yes").env("NO_COLOR", "1").run("show", "7:1").out())
        .contains(ESC);
  }

  @Test
  void clicolorForceZeroOrEmptyOrColorNeverLeavesAPipePlain() {
    String plain = "7:1 Lex: 那么，GPT-5 什么时候出来？\n";
    assertThat(Run.pipe().env("CLICOLOR_FORCE", "0").run("show", "7:1").out()).isEqualTo(plain);
    assertThat(Run.pipe().env("CLICOLOR_FORCE", "").run("show", "7:1").out()).isEqualTo(plain);
    assertThat(Run.pipe().env("CLICOLOR_FORCE", "1").run("show", "7:1", "--color", "never").out())
        .isEqualTo(plain);
  }

  @Test
  void clicolorForceNeverChangesAFormatAskedFor() {
    for (String format : new String[] {"plain", "tsv", "json", "jsonl", "markdown"}) {
      assertThat(Run.pipe().env("CLICOLOR_FORCE", "1").run("show", "7:1", "--format", format).out())
          .as(format).isEqualTo(Run.pipe().run("show", "7:1", "--format", format).out());
    }
  }

  @Test
  void colorOptionOverridesTheEnvironment() {
    assertThat(Run.terminal().run("show", "7:1", "--color", "never").out()).doesNotContain(ESC);
    assertThat(Run.terminal().env("NO_COLOR", "1").run("show", "7:1", "--color=always").out())
        .contains(ESC);
  }

  @Test
  void colorAlwaysInAPipeMeansColouredText() {
    String out = Run.pipe().run("show", "7:1", "--color", "always").out();
    assertThat(out).contains(ESC + "1;36mLex");
  }

  @Test
  void machineFormatsAreNeverColoured() {
    for (String format : new String[] {"plain", "tsv", "json", "jsonl", "markdown"}) {
      assertThat(Run.terminal().run("show", "1:4", "--format", format, "--color", "always").out())
          .as(format).doesNotContain(ESC);
    }
  }

  @Test
  void formatNamesIgnoreCaseAndJsonIsAShorthand() {
    assertThat(Run.exec("show", "7:1", "--format", "JSONL").out()).startsWith("{\"type\":\"turn\"");
    assertThat(Run.exec("show", "7:1", "--json").out()).startsWith("[\n  {\n    \"type\": \"turn\"");
    assertThat(Run.exec("show", "7:1", "--json", "--format", "json").code()).isZero();
  }

  @Test
  void contradictoryFormatsAreAUsageError() {
    Run.Result result = Run.exec("show", "7:1", "--json", "--format", "tsv");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .isEqualTo("convo: --json and --format tsv contradict each other (see 'convo show --help')\n");
  }

  @Test
  void theLastFormatGivenWins() {
    Run.Result result = Run.exec("show", "7:1", "-f", "tsv", "-f", "json");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo(Run.exec("show", "7:1", "--format", "json").out());
    assertThat(Run.exec("show", "7:1", "--format=jsonl", "-f", "plain", "--format", "tsv").out())
        .isEqualTo(Run.exec("show", "7:1", "--format", "tsv").out());
  }

  @Test
  void unknownFormatNamesTheChoices() {
    Run.Result result = Run.exec("show", "7:1", "--format", "yaml");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo("convo: --format wants text, plain, tsv, json, jsonl or markdown,"
        + " not 'yaml' (see 'convo show --help')\n");
  }

  @Test
  void longOutputOnATerminalGoesThroughTheDefaultPager() {
    Run run = Run.terminal().size(80, 24);
    Run.Result result = run.run("show", "7");
    assertThat(result.out()).isEmpty();
    assertThat(run.paged).singleElement().satisfies(paged -> {
      assertThat(paged.command()).isEqualTo("less -FRX");
      assertThat(paged.text()).contains("7:20");
    });
  }

  @Test
  void pagerVariableIsUsed() {
    Run run = Run.terminal().env("PAGER", "more");
    run.run("show", "7");
    assertThat(run.paged).singleElement().extracting(Run.Paged::command).isEqualTo("more");
  }

  @Test
  void shortOutputIsNotPaged() {
    Run run = Run.terminal().size(80, 24);
    Run.Result result = run.run("show", "7:1");
    assertThat(run.paged).isEmpty();
    assertThat(result.out()).contains("7:1");
  }

  @Test
  void noPagerOptionPipeEmptyPagerAndCatDisablePaging() {
    Run option = Run.terminal();
    assertThat(option.run("show", "7", "--no-pager").out()).contains("7:20");
    assertThat(option.paged).isEmpty();
    Run empty = Run.terminal().env("PAGER", "");
    empty.run("show", "7");
    assertThat(empty.paged).isEmpty();
    Run cat = Run.terminal().env("PAGER", "cat");
    cat.run("show", "7");
    assertThat(cat.paged).isEmpty();
    Run pipe = Run.pipe();
    pipe.run("show", "7", "--format", "text");
    assertThat(pipe.paged).isEmpty();
  }

  @Test
  void machineFormatsAreNotPagedEvenOnATerminal() {
    Run run = Run.terminal();
    assertThat(run.run("show", "all", "--format", "jsonl").out().lines()).hasSize(377);
    assertThat(run.paged).isEmpty();
  }

  @Test
  void aPagerThatCannotStartFallsBackToPrinting() {
    Env env = Env.fixed(java.util.Map.of(), true, 80, 10, Run.TODAY, (command, text) -> false);
    java.io.StringWriter out = new java.io.StringWriter();
    int code = Commands.cli(new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()),
        env).execute("show", "7", "--color", "never");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("7:20");
  }

  @Test
  void textKeepsAReadingMeasureOnAWideTerminal() {
    String wide = Run.terminal().env("NO_COLOR", "1").size(200, 1000).run("show", "8:8").out();
    assertThat(widest(wide)).isLessThanOrEqualTo(Output.READING_WIDTH).isGreaterThan(Output.READING_WIDTH - 4);
    assertThat(Output.READING_WIDTH).isEqualTo(100);
    // Up to the measure, the text is as wide as the terminal.
    assertThat(Run.terminal().env("NO_COLOR", "1").size(100, 1000).run("show", "8:8").out()).isEqualTo(wide);
  }

  @Test
  void widthOptionAndConvoWidthSetTheMeasure() {
    Run run = Run.terminal().env("NO_COLOR", "1").size(200, 1000);
    assertThat(widest(run.run("show", "8:8", "--width", "60").out())).isBetween(56, 60);
    assertThat(widest(run.run("show", "8:8", "--width=140").out())).isBetween(136, 140);
    Run variable = Run.terminal().env("NO_COLOR", "1").env("CONVO_WIDTH", "70").size(200, 1000);
    assertThat(widest(variable.run("show", "8:8").out())).isBetween(66, 70);
    assertThat(widest(variable.run("show", "8:8", "--width", "50").out())).isBetween(46, 50);
    assertThat(widest(run.run("show", "8:8", "--width", "50", "--width", "80").out())).isBetween(76, 80);
  }

  @Test
  void aNarrowerTerminalStillUsesItsWholeWidth() {
    String out = Run.terminal().env("NO_COLOR", "1").env("CONVO_WIDTH", "150").size(90, 1000)
        .run("show", "8:8", "--width", "140").out();
    assertThat(widest(out)).isBetween(86, 90);
  }

  @Test
  void offATerminalAWidthAskedForIsTheWidthUnlessColumnsIsNarrower() {
    assertThat(widest(Run.pipe().run("show", "8:8", "--color", "always", "--width", "120").out()
        .replaceAll("\u001b\\[[0-9;]*m", ""))).isBetween(116, 120);
    assertThat(widest(Run.pipe().run("show", "8:8", "--format", "text").out())).isBetween(76, 80);
    Run columns = Run.pipe().env("COLUMNS", "60").size(60, 24);
    assertThat(widest(columns.run("show", "8:8", "--format", "text", "--width", "120").out())).isBetween(56, 60);
  }

  @Test
  void widthChangesNoMachineFormat() {
    for (String format : new String[] {"plain", "tsv", "json", "jsonl", "markdown"}) {
      assertThat(Run.terminal().run("show", "8", "--format", format, "--width", "30").out())
          .as(format).isEqualTo(Run.terminal().run("show", "8", "--format", format).out());
    }
  }

  @Test
  void everyCommandThatPrintsTextTakesWidth() {
    java.util.List<String> without = new java.util.ArrayList<>();
    java.util.List<String> with = new java.util.ArrayList<>();
    commands(Commands.cli(new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter()), Run.pipe().environment()), with, without);
    assertThat(with).contains("convo show", "convo sections", "convo stats", "convo quotes random",
        "convo search", "convo topic", "convo topics", "convo quotes list", "convo quotes show");
    assertThat(without).isEmpty();
  }

  private static void commands(picocli.CommandLine command, java.util.List<String> with,
      java.util.List<String> without) {
    picocli.CommandLine.Model.CommandSpec spec = command.getCommandSpec();
    // ingest's --format names the format of its input, and it prints no text
    picocli.CommandLine.Model.OptionSpec format = spec.findOption("--format");
    if (format != null && format.auxiliaryTypes()[0] == dev.convo.render.Format.class) {
      (spec.findOption("--width") != null ? with : without).add(spec.qualifiedName());
    }
    command.getSubcommands().values().forEach(sub -> commands(sub, with, without));
  }

  @Test
  void aBadWidthIsAUsageError() {
    for (String bad : new String[] {"abc", "0", "-3", "9", "1001", "99999999999", "", "6.5"}) {
      Run.Result result = Run.exec("show", "7:1", "--width", bad);
      assertThat(result.code()).as(bad).isEqualTo(ExitCode.USAGE);
      assertThat(result.out()).as(bad).isEmpty();
      assertThat(result.err()).as(bad).isEqualTo("convo: --width wants a number of columns from 10 to 1000, not '"
          + bad + "' (see 'convo show --help')\n");
    }
    Run.Result missing = Run.exec("show", "7:1", "--width");
    assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).startsWith("convo: ").contains("--width");
    Run.Result variable = Run.terminal().env("CONVO_WIDTH", "wide").run("show", "7:1");
    assertThat(variable.code()).isEqualTo(ExitCode.USAGE);
    assertThat(variable.out()).isEmpty();
    assertThat(variable.err())
        .isEqualTo("convo: CONVO_WIDTH wants a number of columns from 10 to 1000, not 'wide'\n");
    Run.Result unused = Run.pipe().env("CONVO_WIDTH", "wide").run("show", "7:1");
    assertThat(unused.code()).as("only text is wrapped").isZero();
  }

  @Test
  void textFitsTerminalsDownToTenColumns() {
    String[][] commands = {{"show", "7:18", "10:1-2"}, {"topic", "q*"}, {"topics"},
        {"search", "GPT-4", "--limit", "3"}, {"search", "核聚变", "--full"}, {"quotes", "list", "--editors"},
        {"quotes", "list", "--section", "6"},
        {"quotes", "show", "q1", "--context"}};
    for (int width = 10; width <= 40; width++) {
      for (String[] command : commands) {
        String out = Run.terminal().env("NO_COLOR", "1").size(width, 1000).run(command).out();
        int columns = width;
        assertThat(out.lines()).as(String.join(" ", command) + " at " + width + ":\n" + out)
            .isNotEmpty()
            .allSatisfy(l -> assertThat(dev.convo.text.Columns.of(l)).isLessThanOrEqualTo(columns));
      }
    }
  }

  @Test
  void textUsesTheTerminalWidth() {
    String narrow = Run.terminal().env("NO_COLOR", "1").size(30, 1000).run("show", "1:4").out();
    String wide = Run.terminal().env("NO_COLOR", "1").size(120, 1000).run("show", "1:4").out();
    assertThat(narrow.lines()).allSatisfy(l -> assertThat(dev.convo.text.Columns.of(l)).isLessThanOrEqualTo(30));
    assertThat(narrow.lines().count()).isGreaterThan(wide.lines().count());
  }

  private static int widest(String text) {
    return text.lines().mapToInt(dev.convo.text.Columns::of).max().orElse(0);
  }
}
