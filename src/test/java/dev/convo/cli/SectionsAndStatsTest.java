package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Section;
import dev.convo.text.Columns;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsAndStatsTest {
  @Test
  void sectionsPlainIsOneLinePerSection() {
    Run.Result result = Run.exec("sections");
    assertThat(result.code()).isZero();
    assertThat(result.out().lines()).hasSize(13);
    assertThat(result.out().lines().limit(2)).containsExactly(
        "1 OpenAI 董事会风波 (The OpenAI board saga): 50 turns, Lex 25 turns 1067 chars, Sam 25 turns 3257 chars",
        "1a 关于 Ilya Sutskever (On Ilya Sutskever): 28 turns, Lex 14 turns 689 chars, Sam 14 turns 937 chars");
  }

  @Test
  void sectionsTsvHasColumnsPerSpeaker() {
    Run.Result result = Run.exec("sections", "--format", "tsv");
    assertThat(result.out().lines().limit(3)).containsExactly(
        "id\tnumber\tslug\ttitle\ttitleEn\tturns\tchars\tlexTurns\tlexChars\tsamTurns\tsamChars",
        "1\t1\tboard\tOpenAI 董事会风波\tThe OpenAI board saga\t50\t4324\t25\t1067\t25\t3257",
        "1a\t\tilya\t关于 Ilya Sutskever\tOn Ilya Sutskever\t28\t1626\t14\t689\t14\t937");
  }

  @Test
  void sectionsTextGolden() {
    Run.Result result = Run.terminal().size(100, 1000).run("sections");
    assertThat(result.out()).isEqualTo(Run.golden("sections.txt", result.out()));
  }

  @Test
  void sectionsLeaveOutEnglishTitlesOnANarrowScreen() {
    String wide = Run.terminal().env("NO_COLOR", "1").size(100, 1000).run("sections").out();
    String narrow = Run.terminal().env("NO_COLOR", "1").size(80, 1000).run("sections").out();
    assertThat(wide).contains("ENGLISH TITLE").contains("The OpenAI board saga");
    assertThat(narrow).doesNotContain("ENGLISH TITLE").doesNotContain("The OpenAI board saga")
        .contains("OpenAI 董事会风波");
    assertThat(narrow.lines()).allSatisfy(l -> assertThat(dev.convo.text.Columns.of(l)).isLessThanOrEqualTo(80));
  }

  @Test
  void tablesFitEveryWidthFromThirtyColumnsUpWithARowPerSection() {
    List<Section> sections = BundledCorpus.get().sections();
    for (int width = 30; width <= 200; width++) {
      for (String command : List.of("sections", "stats")) {
        String out = Run.terminal().env("NO_COLOR", "1").size(width, 1000).run(command).out();
        String what = command + " at " + width + " columns:\n" + out;
        int columns = width;
        assertThat(out.lines()).as(what).allSatisfy(l -> assertThat(Columns.of(l)).isLessThanOrEqualTo(columns));
        for (Section section : sections) {
          assertThat(out.lines().filter(l -> l.startsWith(section.id() + " "))).as(what)
              .singleElement().asString().contains(Integer.toString(section.turns().size()));
        }
      }
    }
  }

  @Test
  void onANarrowScreenTablesKeepTurnsAndCharactersAndShortenTitles() {
    String sections = Run.terminal().env("NO_COLOR", "1").size(40, 1000).run("sections").out();
    assertThat(sections.lines().findFirst()).hasValueSatisfying(header ->
        assertThat(header.split(" +")).containsExactly("ID", "TITLE", "TURNS", "CHARS"));
    assertThat(sections).contains("1a  关于 Ilya Sutskever", "   28   1626");
    String stats = Run.terminal().env("NO_COLOR", "1").size(30, 1000).run("stats").out();
    assertThat(stats).contains("Sam Altman     186  18200")
        .containsPattern("(?m)^8   关于7万亿美…\\s+35\\s+2248$");
  }

  @Test
  void sectionsMarkdownIsATable() {
    Run.Result result = Run.exec("sections", "--format", "markdown");
    assertThat(result.out().lines().limit(4)).containsExactly(
        "| ID | No. | Title | English title | Turns | Lex chars | Sam chars |",
        "|---|---|---|---|---|---|---|",
        "| 1 | 1 | OpenAI 董事会风波 | The OpenAI board saga | 50 | 1067 | 3257 |",
        "| 1a |  | 关于 Ilya Sutskever | On Ilya Sutskever | 28 | 689 | 937 |");
    assertThat(result.out()).contains("| 6 | 6 | 关于 Q\\* | On Q\\* | 16 | 288 | 646 |");
  }

  @Test
  void statsPlainGivesTotalsPerSpeakerAndSection() {
    Run.Result result = Run.exec("stats");
    assertThat(result.out().lines().limit(4)).containsExactly(
        "lex Lex Fridman: 191 turns, 11027 chars",
        "sam Sam Altman: 186 turns, 18200 chars",
        "total: 377 turns, 29227 chars",
        "section 1 OpenAI 董事会风波: 50 turns, 4324 chars (Lex 25 turns 1067 chars, Sam 25 turns 3257 chars)");
    assertThat(result.out().lines()).hasSize(3 + 13);
  }

  @Test
  void statsNumbersAddUp() {
    Run.Result result = Run.exec("stats", "--format", "tsv");
    long sectionChars = result.out().lines().skip(1).map(l -> l.split("\t", -1))
        .filter(f -> f[1].equals("section")).mapToLong(f -> Long.parseLong(f[5])).sum();
    long speakerChars = result.out().lines().skip(1).map(l -> l.split("\t", -1))
        .filter(f -> f[1].equals("speaker")).mapToLong(f -> Long.parseLong(f[5])).sum();
    assertThat(sectionChars).isEqualTo(29227).isEqualTo(speakerChars);
    assertThat(result.out().lines().skip(1).filter(l -> l.contains("section-speaker"))).hasSize(26);
  }

  @Test
  void statsTextHasBarsOnATerminal() {
    Run.Result result = Run.terminal().size(100, 1000).run("stats");
    assertThat(result.out()).isEqualTo(Run.golden("stats.txt", result.out()));
    assertThat(result.out()).contains("████████████████████████");
  }

  @Test
  void statsBarsShrinkToFitTheScreen() {
    String out = Run.terminal().env("NO_COLOR", "1").size(72, 1000).run("stats").out();
    assertThat(out.lines()).allSatisfy(l -> assertThat(dev.convo.text.Columns.of(l)).isLessThanOrEqualTo(72));
    assertThat(out.lines().filter(l -> l.startsWith("1 "))).singleElement().asString().endsWith("█");
  }

  @Test
  void statsMarkdownHasBothTables() {
    Run.Result result = Run.exec("stats", "--format", "markdown");
    assertThat(result.out()).startsWith("""
        ## Speakers

        | Speaker | Turns | Chars |
        |---|---|---|
        | Lex Fridman | 191 | 11027 |
        | Sam Altman | 186 | 18200 |
        | Total | 377 | 29227 |

        ## Sections

        """);
  }
}
