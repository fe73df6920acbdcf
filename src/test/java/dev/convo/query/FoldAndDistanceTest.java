package dev.convo.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldAndDistanceTest {
  @Test
  void foldsFullWidthAndCaseCharForChar() {
    assertThat(Fold.fold("ＧＰＴ－５　Ｑ＊")).isEqualTo("gpt-5 q*");
    assertThat(Fold.fold("核聚变，ＡＩ")).isEqualTo("核聚变,ai");
    String mixed = "Ａb𝐀c";
    assertThat(Fold.fold(mixed)).hasSameSizeAs(mixed);
  }

  @Test
  void textThatFoldingLeavesAloneIsReturnedAsItIs() {
    String chinese = "计算能力不同。智能将更像能源";
    assertThat(Fold.fold(chinese)).isSameAs(chinese);
    assertThat(Fold.fold("计算能力 GPT")).isEqualTo("计算能力 gpt");
  }

  @Test
  void chineseIsFixedUnderFoldingButLatinAndFullWidthFormsAreNot() {
    assertThat(Fold.isFixed("计算能力")).isTrue();
    assertThat(Fold.isFixed("核聚变。")).isTrue();
    assertThat(Fold.isFixed("カタカナ")).isTrue();
    assertThat(Fold.isFixed("gpt")).isFalse();
    assertThat(Fold.isFixed("核聚变，")).isFalse();
    assertThat(Fold.isFixed("计算 能力")).isFalse();
    assertThat(Fold.isFixed("计算\u3000能力")).isFalse();
    assertThat(Fold.isFixed("ＡＩ")).isFalse();
  }

  @Test
  void keysDropSeparators() {
    assertThat(Fold.key(" GPT-5 ")).isEqualTo("gpt5");
    assertThat(Fold.key("gpt_5")).isEqualTo("gpt5");
    assertThat(Fold.key("Open Source")).isEqualTo("opensource");
    assertThat(Fold.key("关于 GPT-5")).isEqualTo("关于gpt5");
  }

  @Test
  void distanceCountsASwapAsOneEdit() {
    assertThat(Distance.between("gtp5", "gpt5")).isEqualTo(1);
    assertThat(Distance.between("gpt5", "gpt4")).isEqualTo(1);
    assertThat(Distance.between("kitten", "sitting")).isEqualTo(3);
    assertThat(Distance.between("", "abc")).isEqualTo(3);
    assertThat(Distance.between("外星人", "外星")).isEqualTo(1);
  }

  @Test
  void latinTermsMustStartAWord() {
    assertThat(Terms.indexOf("openai and ai", "ai", 0)).isEqualTo(11);
    assertThat(Terms.indexOf("有ai的世界", "ai", 0)).isEqualTo(1);
    assertThat(Terms.indexOf("gpt-4", "4", 0)).isEqualTo(4);
    assertThat(Terms.indexOf("2024", "24", 0)).isEqualTo(-1);
    assertThat(Terms.indexOf("核聚变", "聚变", 0)).isEqualTo(1);
  }
}
