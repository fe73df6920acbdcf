package dev.convo.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.SentenceBounds;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sentences that {@code quotes random --any} draws. */
class SentencesTest {
  private final Corpus corpus = BundledCorpus.get();

  @Test
  void twoHundredSeededDrawsAreWholeBalancedAndMoreThanABareReply() {
    List<Quote> pool = Quotes.candidates(corpus, QuoteFilter.ANY, true);
    Random random = new Random(14);
    for (int i = 0; i < 200; i++) {
      Quote drawn = Quotes.draw(pool, 1, random).get(0);
      String text = drawn.text();
      int first = text.codePointAt(0);
      assertThat(Character.isLetterOrDigit(first) || "“「『‘（(\"".indexOf(first) >= 0)
          .as("%s starts with a word or an opening mark: %s", drawn.id(), text).isTrue();
      assertThat(SentenceBounds.isBalanced(text)).as("%s is balanced: %s", drawn.id(), text).isTrue();
      assertThat(text.codePoints().filter(Character::isLetterOrDigit).count())
          .as("%s has text: %s", drawn.id(), text).isGreaterThanOrEqualTo(6);
      assertThat(text).as(drawn.id()).isNotIn("当然。", "是的。");
    }
  }

  @Test
  void sentencesNeverSplitInsideQuotationMarks() {
    List<String> texts = Sentences.of(corpus.turn("5:18").orElseThrow()).stream().map(Quote::text).toList();
    assertThat(texts).noneMatch(t -> t.startsWith("，"));
    assertThat(texts).contains("在我看来，如果你问这样一个系统 \"证明费马最后定理\" 与 \"今天的日期是多少？\"，除非它已经知道并且记住了"
        + "证明的答案，假设它必须去解决这个问题，似乎这需要更多的计算能力。");
    List<String> quoted = Sentences.of(corpus.turn("1:28").orElseThrow()).stream().map(Quote::text).toList();
    assertThat(quoted).contains("然后你需要一些人思考“我们如何以一种最有助于世界人民的方式部署这项技术？”");
    for (Quote sentence : Sentences.of(corpus)) {
      assertThat(SentenceBounds.isBalanced(sentence.text())).as(sentence.id() + " " + sentence.text()).isTrue();
    }
  }

  @Test
  void bareRepliesAreSentencesButNeverDrawn() {
    Quote yes = Sentences.of(corpus).stream().filter(s -> s.text().equals("当然。")).findFirst().orElseThrow();
    assertThat(Sentences.isDrawable(yes)).isFalse();
    assertThat(Quotes.candidates(corpus, QuoteFilter.ANY, true)).extracting(Quote::text)
        .doesNotContain("当然。", "是的。");
    assertThat(Sentences.isDrawable(sentence("嗯嗯，是的，好的，当然。"))).isFalse();
    assertThat(Sentences.isDrawable(sentence("哈哈哈哈哈哈哈。"))).isFalse();
    assertThat(Sentences.isDrawable(sentence("，然后我们继续往前走吧。"))).isFalse();
    assertThat(Sentences.isDrawable(sentence("计算能力将成为未来的货币。"))).isTrue();
    assertThat(Sentences.isDrawable(sentence("“我们如何部署这项技术？”"))).isTrue();
  }

  private static Quote sentence(String text) {
    return new Quote("1:1/1", "1:1", "1", "lex", 0, 0, text.length(), text, false, null, null, null, List.of());
  }
}
