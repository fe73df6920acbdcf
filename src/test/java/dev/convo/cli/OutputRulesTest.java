package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
  void clicolorForceNeverChangesThePlainFormat() {
    assertThat(Run.pipe().env("CLICOLOR_FORCE", "1").run("show", "7:1").out())
        .isEqualTo("7:1 Lex: 那么，GPT-5 什么时候出来？\n");
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
    int code = Cli.commandLine(new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()),
        env).execute("show", "7", "--color", "never");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("7:20");
  }

  @Test
  void textUsesTheTerminalWidth() {
    String narrow = Run.terminal().env("NO_COLOR", "1").size(30, 1000).run("show", "1:4").out();
    String wide = Run.terminal().env("NO_COLOR", "1").size(120, 1000).run("show", "1:4").out();
    assertThat(narrow.lines()).allSatisfy(l -> assertThat(dev.convo.render.Columns.of(l)).isLessThanOrEqualTo(30));
    assertThat(narrow.lines().count()).isGreaterThan(wide.lines().count());
  }
}
