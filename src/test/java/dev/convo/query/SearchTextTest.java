package dev.convo.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Section;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One scan of the whole text ({@link SearchText#find}) finds exactly what scanning each paragraph on
 * its own finds, wherever paragraphs begin and end and whatever the term holds.
 */
class SearchTextTest {
  private static final List<String> TERMS = List.of("gpt", "GPT", "计算能力", "的", "我", "，", "a", "ai",
      "4", "a\na", "\n", "x\ngpt", "gpt\n", "aa", "…", "o");

  @Test
  void oneScanFindsWhatEachParagraphFinds() {
    Corpus bundled = BundledCorpus.get();
    List<Turn> turns = List.of(
        new Turn("1:1", "1", 1, 1, "lex", List.of("xa", "aab", "gpt 开头", "末尾 gpt")),
        new Turn("1:2", "1", 2, 2, "sam", List.of("GPT", "abc", "gpt-4 和 GPT-4o", "aaaa")),
        new Turn("1:3", "1", 3, 3, "lex", List.of("a", "a", "ＧＰＴ 全角", "计算 能力", "…………")));
    Corpus edges = new Corpus(bundled.metadata(), List.of(new Section("1", "one", 1, "一", "One", turns)),
        List.of(), List.of());
    int found = 0;
    for (Corpus corpus : List.of(bundled, edges)) {
      for (SearchText.Form form : SearchText.Form.values()) {
        SearchText text = SearchText.of(corpus, form);
        for (String term : TERMS) {
          String folded = form == SearchText.Form.AS_WRITTEN ? term
              : SearchText.term(term, form == SearchText.Form.SIMPLIFIED);
          List<List<Match>> byTurn = new ArrayList<>();
          for (int i = 0; i < corpus.turns().size(); i++) {
            byTurn.add(null);
          }
          text.find(folded, false, byTurn);
          for (int i = 0; i < corpus.turns().size(); i++) {
            List<Match> expected = eachParagraph(corpus.turns().get(i), folded, form);
            assertThat(byTurn.get(i)).as("%s in turn %d, %s", term, i, form)
                .isEqualTo(expected.isEmpty() ? null : expected);
            found += expected.size();
          }
        }
      }
    }
    assertThat(found).isGreaterThan(10_000);
  }

  /** What a scan of each paragraph of {@code turn} on its own finds. */
  private static List<Match> eachParagraph(Turn turn, String term, SearchText.Form form) {
    List<Match> matches = new ArrayList<>();
    for (int p = 0; p < turn.paragraphs().size(); p++) {
      String written = turn.paragraphs().get(p);
      SearchText.Folded paragraph = form == SearchText.Form.AS_WRITTEN ? new SearchText.Folded(written, null)
          : SearchText.fold(written, form == SearchText.Form.SIMPLIFIED);
      String text = paragraph.text();
      for (int at = Terms.indexOf(text, term, 0); at >= 0; at = Terms.indexOf(text, term, at + term.length())) {
        matches.add(new Match(p, SearchText.Folded.start(paragraph.origin(), at),
            SearchText.Folded.end(paragraph.origin(), at + term.length()), false));
      }
    }
    return matches;
  }
}
