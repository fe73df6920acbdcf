package dev.convo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.convo.ingest.Transcript.ParsedSection;
import dev.convo.ingest.Transcript.ParsedTurn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per irregularity of the source, each fed the real line(s) from it (checked against the
 * file, so the tests cannot drift from what they claim to cover).
 */
class IrregularityTest {
  private static final String HEADING = "**1.OpenAI 董事会风波**";

  private static Transcript parse(String... lines) throws IngestException {
    return new MarkdownParser("test.md").parse(new ArrayList<>(Arrays.asList(lines)));
  }

  private static ParsedTurn onlyTurn(Transcript transcript) {
    List<ParsedTurn> turns = transcript.sections().get(0).turns();
    assertThat(turns).hasSize(1);
    return turns.get(0);
  }

  private static String source(int line, String expected) {
    assertThat(SourceFiles.line(line)).isEqualTo(expected);
    return expected;
  }

  @Test
  void colonOutsideTheBoldLabel() throws Exception {
    String line = source(37, "**Lex Fridman** ：请讲讲从 11 月 16 日星期四，也许是 11 月 17 日星期五开始的 OpenAI 董事会风波。");
    ParsedTurn turn = onlyTurn(parse(HEADING, "", line));
    assertThat(turn.speakerName()).isEqualTo("Lex Fridman");
    assertThat(turn.paragraphs().get(0).text()).startsWith("请讲讲从 11 月 16 日");
  }

  @Test
  void labelAloneOnItsLineWithTheAnswerWrappedBelow() throws Exception {
    ParsedTurn turn = onlyTurn(parse(HEADING, "", source(39, "**Sam Altman：**"), SourceFiles.line(40)));
    assertThat(turn.speakerName()).isEqualTo("Sam Altman");
    assertThat(turn.paragraphs().get(0).text()).startsWith("这绝对是我职业生涯中最痛苦的经历");
  }

  @Test
  void strayLeadingSpaceBeforeTheLabel() throws Exception {
    String line = SourceFiles.line(626);
    assertThat(line).startsWith(" **Lex Fridman：**");
    List<String> lines = new ArrayList<>(List.of(HEADING, "", line));
    Repairs.parse("{\"repairs\":[{\"line\":3,\"find\":\"Q _背后神秘的传说。这个神秘的 Q_ 项目\","
        + "\"replace\":\"Q\\\\* 背后神秘的传说。这个神秘的 Q\\\\* 项目\",\"why\":\"test\"}]}", "r.json")
        .apply(lines, "test.md");
    ParsedTurn turn = onlyTurn(new MarkdownParser("test.md").parse(lines));
    assertThat(turn.speakerName()).isEqualTo("Lex Fridman");
    assertThat(turn.paragraphs().get(0).text())
        .isEqualTo("这确实让我想到了 Q* 背后神秘的传说。这个神秘的 Q* 项目是什么？它也在同一个核设施吗？");
  }

  @Test
  void emphasisTheConverterMadeOfQStarIsRejectedUntilRepaired() {
    String line = source(626, SourceFiles.line(626));
    assertThatThrownBy(() -> parse(HEADING, "", line))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("test.md:3: '_' at columns")
        .hasMessageContaining("write \\_ for an underscore");
  }

  @Test
  void literalAsteriskOfQStarIsKept() throws Exception {
    String line = source(634, "**Lex Fridman：** 你能谈谈 Q* 是什么吗？");
    assertThat(onlyTurn(parse(HEADING, "", line)).paragraphs().get(0).text()).isEqualTo("你能谈谈 Q* 是什么吗？");
  }

  @Test
  void headingWhoseAsteriskWasPushedOutOfTheBoldIsAnErrorUntilRepaired() {
    String line = source(624, "**6.关于 Q** *");
    assertThatThrownBy(() -> parse(HEADING, "", "**Lex Fridman：** 好。", "", line))
        .isInstanceOf(IngestException.class)
        .hasMessage("test.md:5: malformed section heading '**6.关于 Q** *'; write it as '**N. Title**'"
            + " or '## N. Title' (\\* for an asterisk in the title)");
  }

  @Test
  void repairedQStarHeadingKeepsItsAsterisk() throws Exception {
    List<String> lines = new ArrayList<>(List.of(source(624, "**6.关于 Q** *"), "", "**Lex Fridman：** 好。"));
    Repairs.parse("{\"repairs\":[{\"line\":1,\"find\":\"**6.关于 Q** *\",\"replace\":\"**6.关于 Q\\\\***\","
        + "\"why\":\"test\"}]}", "r.json").apply(lines, "test.md");
    ParsedSection section = new MarkdownParser("test.md").parse(lines).sections().get(0);
    assertThat(section.number()).isEqualTo(6);
    assertThat(section.title()).isEqualTo("关于 Q*");
  }

  @Test
  void repairThatNoLongerFitsItsLineFails() {
    List<String> lines = new ArrayList<>(List.of("**6.关于 Q*\\**"));
    assertThatThrownBy(() -> Repairs.parse("{\"repairs\":[{\"line\":1,\"find\":\"**6.关于 Q** *\","
        + "\"replace\":\"x\",\"why\":\"test\"}]}", "r.json").apply(lines, "s.md"))
        .hasMessage("s.md:1: repair text '**6.关于 Q** *' does not occur exactly once on this line");
  }

  @Test
  void escapedDotAfterTheSectionNumber() throws Exception {
    String line = source(716, "**8\\. 关于7万亿美元的计算能力**");
    ParsedSection section = parse(line, "", "**Sam Altman：** 好。").sections().get(0);
    assertThat(section.number()).isEqualTo(8);
    assertThat(section.id()).isEqualTo("8");
    assertThat(section.title()).isEqualTo("关于7万亿美元的计算能力");
  }

  @Test
  void unnumberedSubSectionFollowsTheSectionBeforeIt() throws Exception {
    String sub = source(185, "**关于 Ilya Sutskever**");
    List<ParsedSection> sections =
        parse(HEADING, "", "**Lex Fridman：** 一。", "", sub, "", "**Sam Altman：** 二。").sections();
    assertThat(sections).extracting(ParsedSection::id).containsExactly("1", "1a");
    assertThat(sections.get(1).number()).isNull();
    assertThat(sections.get(1).title()).isEqualTo("关于 Ilya Sutskever");
  }

  @Test
  void boldDirectlyAfterTheLabelIsAKeyQuoteAndTheConverterSpaceBeforePunctuationGoes() throws Exception {
    String line = source(48, "**Sam Altman：****通向 AGI 的道路应该是一场巨大的权力斗争** 。世界应该……好吧，不应该。我预计情况就是如此。");
    Inline.Text text = onlyTurn(parse(HEADING, "", line)).paragraphs().get(0);
    assertThat(text.text()).isEqualTo("通向 AGI 的道路应该是一场巨大的权力斗争。世界应该……好吧，不应该。我预计情况就是如此。");
    assertThat(text.boldSpans()).containsExactly(new int[] {0, 22});
  }

  @Test
  void boldSpanningAHardWrap() throws Exception {
    Inline.Text text = onlyTurn(parse(HEADING, "", source(173, SourceFiles.line(173)),
        source(174, "9:46 的日常工作中表现如何，有人在会议中的表现如何，他们做出的决策的质量如何，这就是我所说的安静的时刻** 。")))
        .paragraphs().get(0);
    assertThat(text.text()).contains("无聊的周二上午 9:46 的日常工作中").endsWith("安静的时刻。");
    int[] span = text.boldSpans().get(0);
    assertThat(text.text().substring(span[0], span[1]))
        .startsWith("人们经常在危机时刻").endsWith("这就是我所说的安静的时刻");
  }

  @Test
  void wrapRightAfterABoldEndBeforeChineseLeavesNoSpace() throws Exception {
    String end = source(111, SourceFiles.line(111));
    assertThat(end).endsWith("表现出色。**");
    Inline.Text text = onlyTurn(parse(HEADING, "", "**Sam Altman：** " + end, source(112, "所以 Brett")))
        .paragraphs().get(0);
    assertThat(text.text()).endsWith("表现出色。所以 Brett");
  }

  @Test
  void wrapAfterABoldEndBeforeAFullWidthComma() throws Exception {
    String first = source(732, "**Sam Altman：** 听着，**我认为计算能力将成为未来的货币，我认为它可能成为世界上最珍贵的商品**");
    Inline.Text text = onlyTurn(parse(HEADING, "", first, SourceFiles.line(733))).paragraphs().get(0);
    assertThat(text.text()).startsWith("听着，我认为计算能力将成为未来的货币，我认为它可能成为世界上最珍贵的商品，我认为我们应该大举投资");
  }

  @Test
  void boldOpenedInTheMiddleOfAParagraphWithASpaceBeforeTheComma() throws Exception {
    String line = source(737, SourceFiles.line(737));
    assertThat(line).startsWith("但**计算能力不同，智能将更像能源或类似的东西** ，我认为");
    Inline.Text text = onlyTurn(parse(HEADING, "", "**Sam Altman：** 好。", "", line)).paragraphs().get(1);
    assertThat(text.text()).startsWith("但计算能力不同，智能将更像能源或类似的东西，我认为唯一有意义的谈话是");
    assertThat(text.boldSpans()).containsExactly(new int[] {1, 21});
  }

  @Test
  void hardWrapBetweenChineseAndLatinWasASpace() throws Exception {
    Inline.Text text = onlyTurn(parse(HEADING, "", "**Sam Altman：**", source(42, SourceFiles.line(42)),
        source(43, SourceFiles.line(43)))).paragraphs().get(0);
    assertThat(text.text()).contains("有史以来对 AI 安全最糟糕的事情之一").doesNotContain("\n");
  }

  @Test
  void hardWrapOnAWordOfItsOwn() throws Exception {
    Inline.Text text = onlyTurn(parse(HEADING, "", "**Sam Altman：** " + source(261, SourceFiles.line(261)),
        source(262, "API"), source(263, SourceFiles.line(263)))).paragraphs().get(0);
    assertThat(text.text()).contains("那是在我们对 API 或出售聊天机器人");
  }

  @Test
  void urlWrappedAfterAHyphenIsJoinedWithoutASpace() throws Exception {
    Transcript transcript = parse(source(29, SourceFiles.line(29)), source(30, SourceFiles.line(30)),
        source(31, "altman-2-transcript/，下面是对话："), "", HEADING, "", "**Lex Fridman：** 好。");
    assertThat(transcript.preface()).hasSize(1);
    assertThat(transcript.preface().get(0))
        .contains("更有感觉：https://lexfridman.com/sam-altman-2-transcript/，下面是对话：");
  }

  @Test
  void interruptedSentenceKeepsItsDash() throws Exception {
    String line = source(764, "**Lex Fridman：** 哦，就像我们想阻止这个-");
    assertThat(onlyTurn(parse(HEADING, "", line)).paragraphs().get(0).text()).isEqualTo("哦，就像我们想阻止这个-");
  }

  @Test
  void footerFromTheEndMarkerOnIsNotPartOfTheInterview() throws Exception {
    Transcript transcript = parse(HEADING, "", "**Sam Altman：** 最后一句。", "", source(1089, "**·END·**"), "",
        SourceFiles.line(1091), "", SourceFiles.line(1093), "", SourceFiles.line(1095));
    assertThat(onlyTurn(transcript).paragraphs()).extracting(Inline.Text::text).containsExactly("最后一句。");
  }

  @Test
  void prefaceListIsTheEditorsRankedFavourites() throws Exception {
    Transcript transcript = parse(source(13, SourceFiles.line(13)), "", source(15, SourceFiles.line(15)), "",
        source(17, "  2. 通向 AGI 的道路应该是一场巨大的权力斗争；"), "", HEADING, "", "**Lex Fridman：** 好。");
    assertThat(transcript.favourites()).containsExactly(
        "我认为计算能力将成为未来的货币，它可能成为世界上最珍贵的商品；", "通向 AGI 的道路应该是一场巨大的权力斗争；");
    assertThat(transcript.preface()).hasSize(1).allSatisfy(p -> assertThat(p).doesNotEndWith(" "));
  }

  @Test
  void headerFieldsAreRead() throws Exception {
    Transcript transcript = parse(source(1, "# Lex 对话 Sam Altman：计算能力将成为未来的货币"), "",
        source(3, "文章作者: 投资实习所"), source(4, "发布时间: 2024-03-19 12:19"), source(5, "发布地: 河北"), "",
        HEADING, "", "**Lex Fridman：** 好。");
    assertThat(transcript.title()).isEqualTo("Lex 对话 Sam Altman：计算能力将成为未来的货币");
    assertThat(transcript.header()).containsEntry("文章作者", "投资实习所")
        .containsEntry("发布时间", "2024-03-19 12:19").containsEntry("发布地", "河北");
  }

  @Test
  void multiParagraphAnswerIsOneTurn() throws Exception {
    ParsedTurn turn = onlyTurn(parse(HEADING, "", "**Sam Altman：**", SourceFiles.line(40), "",
        SourceFiles.line(42), SourceFiles.line(43), SourceFiles.line(44)));
    assertThat(turn.paragraphs()).hasSize(2);
  }
}
