package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShowCommandTest {
  @Test
  void plainPrintsOneTurnPerLine() {
    Run.Result result = Run.exec("show", "7:1-3");
    assertThat(result.code()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo("""
        7:1 Lex: 那么，GPT-5 什么时候出来？
        7:2 Sam: 我不知道。这是诚实的答案。
        7:3 Lex: 哦，这是诚实的答案。如果是今年的话眨两下眼。
        """);
  }

  @Test
  void aSectionIdPrintsTheWholeSection() {
    Run.Result result = Run.exec("show", "6");
    assertThat(result.out().lines()).hasSize(16).first().asString().startsWith("6:1 Lex: ");
    assertThat(result.out().lines().toList().get(15)).startsWith("6:16 ");
  }

  @Test
  void aSlugWorksLikeItsSection() {
    assertThat(Run.exec("show", "q-star").out()).isEqualTo(Run.exec("show", "6").out());
    assertThat(Run.exec("show", "Q-Star").out()).isEqualTo(Run.exec("show", "6").out());
  }

  @Test
  void allPrintsEveryTurn() {
    Run.Result result = Run.exec("show", "all");
    assertThat(result.out().lines()).hasSize(377);
    assertThat(result.out().lines().toList().get(376)).startsWith("12:10 ");
  }

  @Test
  void aRangeMayCrossSections() {
    Run.Result result = Run.exec("show", "7:19-8:2");
    assertThat(result.out().lines().map(l -> l.substring(0, l.indexOf(' '))))
        .containsExactly("7:19", "7:20", "8:1", "8:2");
  }

  @Test
  void fullWidthReferencesAreFolded() {
    assertThat(Run.exec("show", "７：１－３").out()).isEqualTo(Run.exec("show", "7:1-3").out());
  }

  @Test
  void aRangeMayBeWrittenWithAnEnOrEmDash() {
    assertThat(Run.exec("show", "7:3\u20136").out()).isEqualTo(Run.exec("show", "7:3-6").out());
    assertThat(Run.exec("show", "7:19\u20148:2").out()).isEqualTo(Run.exec("show", "7:19-8:2").out());
    Run.Result result = Run.exec("show", "7:6\u20133");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo("convo: range '7:6\u20133' ends before it starts\n");
  }

  @Test
  void onAVeryNarrowTerminalTheLabelTakesALineAndTheTextTheWholeWidth() {
    for (int width = 10; width < 40; width++) {
      for (String ref : new String[] {"7:18", "10:1-2", "1a:3"}) {
        String out = Run.terminal().env("NO_COLOR", "1").size(width, 1000).run("show", ref).out();
        int columns = width;
        assertThat(out.lines()).as(ref + " at " + width + ":\n" + out)
            .allSatisfy(l -> assertThat(dev.convo.text.Columns.of(l)).isLessThanOrEqualTo(columns));
      }
    }
    String narrow = Run.terminal().env("NO_COLOR", "1").size(14, 1000).run("show", "7:2").out();
    assertThat(narrow).isEqualTo("""
        ── 7 · 关于
        GPT-5 · On
        GPT-5 ────────

        7:2 Sam
        我不知道。这是
        诚实的答案。
        """);
  }

  @Test
  void severalReferencesPrintInTheOrderGiven() {
    Run.Result result = Run.exec("show", "8:1", "7:2");
    assertThat(result.out().lines().map(l -> l.substring(0, l.indexOf(' ')))).containsExactly("8:1", "7:2");
  }

  @Test
  void tsvHasAHeaderAndEscapedFields() {
    Run.Result result = Run.exec("show", "7:1-2", "--format", "tsv");
    assertThat(result.out()).isEqualTo("""
        id\tsection\tsectionTitle\tspeaker\tspeakerName\tchars\ttext
        7:1\t7\t关于 GPT-5\tlex\tLex Fridman\t16\t那么，GPT-5 什么时候出来？
        7:2\t7\t关于 GPT-5\tsam\tSam Altman\t13\t我不知道。这是诚实的答案。
        """);
  }

  @Test
  void markdownUsesBoldNamesAndEscapesMarkdown() {
    Run.Result result = Run.exec("show", "6:1", "--format", "markdown");
    assertThat(result.out()).isEqualTo("""
        ## 6. 关于 Q\\* — On Q\\*

        **Lex Fridman：** 这确实让我想到了 Q\\* 背后神秘的传说。这个神秘的 Q\\* 项目是什么？它也在同一个核设施吗？
        """);
  }

  @Test
  void markdownSetsKeyQuotesInBold() {
    Run.Result result = Run.exec("show", "1:4", "--format", "markdown");
    assertThat(result.out()).contains("**Sam Altman：** **通向 AGI 的道路应该是一场巨大的权力斗争**");
  }

  @Test
  void textWrapsWithAHangingIndentAtTheTerminalWidth() {
    Run.Result result = Run.terminal().env("NO_COLOR", "1").size(40, 100).run("show", "7:2-3");
    assertThat(result.out()).isEqualTo("""
        ── 7 · 关于 GPT-5 · On GPT-5 ───────────

        7:2 Sam  我不知道。这是诚实的答案。

        7:3 Lex  哦，这是诚实的答案。如果是今年
                 的话眨两下眼。
        """);
  }

  @Test
  void textGolden() {
    Run.Result result = Run.terminal().size(72, 1000).run("show", "8");
    assertThat(result.out()).isEqualTo(Run.golden("show-8.txt", result.out()));
  }

  @Test
  void textGoldenWithoutColour() {
    Run.Result result = Run.terminal().env("NO_COLOR", "1").size(72, 1000).run("show", "1:44-48");
    assertThat(result.out()).isEqualTo(Run.golden("show-1-44-48.txt", result.out()));
  }

  @Test
  void unknownReferenceSuggestsTopics() {
    Run.Result result = Run.exec("show", "gtp5");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("convo: unknown reference 'gtp5' — did you mean: gpt-5?\n");
  }

  @Test
  void missingTurnNamesTheSectionsRange() {
    Run.Result result = Run.exec("show", "7:30");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo("convo: no turn 7:30 (section 7 has turns 7:1-20)\n");
  }

  @Test
  void backwardsRangeIsAnError() {
    Run.Result result = Run.exec("show", "7:5-2");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo("convo: range '7:5-2' ends before it starts\n");
  }

  @Test
  void missingReferenceIsAUsageError() {
    Run.Result result = Run.exec("show");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo(
        "convo: show wants a REF: 7, 1a, 7:3, 7:3-6, a section or topic slug, or all (see 'convo show --help')\n");
  }
}
