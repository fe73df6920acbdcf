package dev.convo.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Section;
import dev.convo.corpus.Turn;
import dev.convo.query.Hit;
import dev.convo.query.Search;
import dev.convo.query.SearchQuery;
import dev.convo.query.Stats;
import dev.convo.text.Columns;
import dev.convo.text.Escape;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderTest {
  @Test
  void oneTurnIsOneTurnNotOneTurns() {
    Corpus bundled = BundledCorpus.get();
    Corpus one = new Corpus(bundled.metadata(),
        List.of(new Section("1", "one", 1, "一", "One", List.of(new Turn("1:1", "1", 1, 1, "lex", List.of("好"))))),
        List.of(), List.of());
    StringWriter out = new StringWriter();
    Renderer plain = Renderer.of(Format.PLAIN, new View(one, Palette.none(), 80), new Sink(new PrintWriter(out)));
    plain.sections(Stats.of(one));
    plain.stats(Stats.of(one));

    assertThat(out.toString()).contains("1 一 (One): 1 turn, Lex 1 turn 1 char, Sam 0 turns 0 chars\n", "total: 1 turn, 1 char\n")
        .doesNotContain("1 turns", "1 chars");
  }

  @Test
  void snippetTextWithoutMarksIsTheMarkedSnippetText() throws Exception {
    Corpus bundled = BundledCorpus.get();
    Turn edges = new Turn("1:1", "1", 1, 1, "lex", List.of("…GPT 在前面，GPT 在后面…", "……", "gpt 又一段 gpt 和 GPT，再一段 GPT…"));
    Corpus made = new Corpus(bundled.metadata(),
        List.of(new Section("1", "one", 1, "一", "One", List.of(edges))), List.of(), List.of());
    int compared = 0;
    for (Corpus corpus : List.of(bundled, made)) {
      for (String term : List.of("GPT", "计算能力", "的", "…")) {
        for (Hit hit : new Search(corpus).run(SearchQuery.parse(List.of(term), false, false, false), turn -> true)) {
          for (int context : new int[] {0, 1, 3, 24}) {
            Snippets.Joined joined = Snippets.joined(hit, context);
            assertThat(Snippets.joinedText(hit, context)).isEqualTo(joined.text());
            assertThat(joined.marks()).hasSize(joined.text().length());
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(1000);
  }

  @Test
  void columnsCountChineseAsTwo() {
    assertThat(Columns.of("GPT-5")).isEqualTo(5);
    assertThat(Columns.of("关于 GPT-5")).isEqualTo(10);
    assertThat(Columns.of("，。！")).isEqualTo(6);
    assertThat(Columns.of("e\u0301")).isEqualTo(1);
    assertThat(Columns.pad("中文", 6)).isEqualTo("中文  ");
    assertThat(Columns.padLeft("7:1", 4)).isEqualTo(" 7:1");
  }

  @Test
  void controlCharactersAreShownAsEscapes() {
    assertThat(Escape.controls("a\u001b[31mb")).isEqualTo("a\\x1b[31mb");
    assertThat(Escape.controls("x\u202Ey\u0085z\u007f")).isEqualTo("x\\u202ey\\x85z\\x7f");
    assertThat(Escape.controls("line\nnext\ttab")).isEqualTo("line\nnext\ttab");
    assertThat(Escape.line("a\nb")).isEqualTo("a\\nb");
    assertThat(Escape.controls("\ud800x")).isEqualTo("\\ud800x");
    assertThat(Escape.controls("普通文本")).isSameAs("普通文本");
  }

  @Test
  void tsvFieldsCanBeUnescapedExactly() {
    assertThat(Escape.tsv("a\tb\nc\\d\re")).isEqualTo("a\\tb\\nc\\\\d\\re");
    assertThat(Escape.tsv("\u001b")).isEqualTo("\\x1b");
  }

  @Test
  void wrapsChineseAnywhereButNotBeforeClosingPunctuation() {
    List<String> lines = Layout.wrap("一二三四五，六七八", null, 10, Palette.none());
    assertThat(lines).containsExactly("一二三四", "五，六七八");
  }

  @Test
  void wrapsLatinAtSpacesAndBreaksOverlongWords() {
    assertThat(Layout.wrap("the quick brown fox", null, 10, Palette.none()))
        .containsExactly("the quick", "brown fox");
    assertThat(Layout.wrap("abcdefghijkl", null, 5, Palette.none()))
        .containsExactly("abcde", "fghij", "kl");
    assertThat(Layout.wrap("中文English混排", null, 8, Palette.none()))
        .containsExactly("中文", "English", "混排");
  }

  @Test
  void marksOpenAndCloseOnEveryLine() {
    int[] marks = new int[6];
    java.util.Arrays.fill(marks, 1, 5, Layout.HIT);
    List<String> lines = Layout.wrap("一二三四五六", marks, 6, Palette.colour());
    assertThat(lines).containsExactly(
        "一\u001b[1;31m二三\u001b[0m",
        "\u001b[1;31m四五\u001b[0m六");
  }

  @Test
  void wrappingEscapesControlCharacters() {
    assertThat(Layout.wrap("a\u001bb", null, 80, Palette.none())).containsExactly("a\\x1bb");
    assertThat(Layout.wrap("a\nb", null, 80, Palette.none())).containsExactly("a", "b");
  }

  @Test
  void markdownEscapesItsOwnCharacters() {
    assertThat(MarkdownRenderer.escape("Q* _x_ [a](b) <b>")).isEqualTo("Q\\* \\_x\\_ \\[a\\](b) \\<b\\>");
  }

  @Test
  void paletteOffPaintsNothing() {
    assertThat(Palette.none().paint(Palette.Role.HEADING, "x")).isEqualTo("x");
    assertThat(Palette.colour().paint(Palette.Role.HEADING, "x")).isEqualTo("\u001b[1;35mx\u001b[0m");
    assertThat(Palette.colour().speaker(0, "Lex")).isNotEqualTo(Palette.colour().speaker(1, "Lex"));
  }

  @Test
  void formatsAreNamedInLowerCase() {
    assertThat(Format.byId("JSONL")).contains(Format.JSONL);
    assertThat(Format.byId("yaml")).isEmpty();
    assertThat(Format.MARKDOWN.id()).isEqualTo("markdown");
  }
}
