package dev.convo.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.Child;
import dev.convo.Tools;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The one width table. JLine lays out the REPL's input line and completion menu with its own
 * {@link WCWidth}, which a program cannot replace (a final class, called statically from
 * AttributedCharSequence and LineReaderImpl), so the two are compared over every code point and
 * every difference has to be one of the kinds listed here, each with its reason.
 */
class ColumnsTest {
  /** Runs of code points Unicode gives W or F, with the unassigned ones that default to W. */
  private static final String EAST_ASIAN_WIDE = String.join("\n",
      "import sys, unicodedata as u",
      "print(u.unidata_version)",
      "default = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)]",
      "def wide(cp):",
      "    if u.category(chr(cp)) == 'Cn':",
      "        return any(a <= cp <= b for a, b in default)",
      "    return u.east_asian_width(chr(cp)) in ('W', 'F')",
      "start = None",
      "for cp in range(0x110001):",
      "    w = cp <= 0x10FFFF and wide(cp)",
      "    if w and start is None: start = cp",
      "    if not w and start is not None: print('%X %X' % (start, cp - 1)); start = None");

  @Test
  void chineseIsTwoColumnsMarksNoneLatinOne() {
    assertThat(Columns.of("话题 gpt-5")).isEqualTo(2 + 2 + 1 + 5);
    assertThat(Columns.of("，。？")).isEqualTo(6);
    assertThat(Columns.of("e\u0301")).isEqualTo(1);
    assertThat(Columns.of("a\u200bb\u200dc\ufeff")).isEqualTo(3);
    assertThat(Columns.of('\u00ad')).as("soft hyphen").isEqualTo(1);
    assertThat(Columns.of("한")).isEqualTo(2);
    assertThat(Columns.of("\u1112\u1161\u11ab")).as("conjoining jamo").isEqualTo(2);
  }

  /** Where the old table and JLine disagreed: vertical forms, small forms, transport emoji. */
  @Test
  void verticalAndSmallFormsAndEmojiAreWide() {
    for (int cp = 0xFE10; cp <= 0xFE19; cp++) {
      assertThat(Columns.of(cp)).as("U+%04X", cp).isEqualTo(2);
    }
    for (int cp = 0xFE50; cp <= 0xFE6B; cp++) {
      if (cp != 0xFE53 && cp != 0xFE67) {
        assertThat(Columns.of(cp)).as("U+%04X", cp).isEqualTo(2);
      }
    }
    assertThat(Columns.of("🚀🛸🤖😀👍")).isEqualTo(10);
    assertThat(Columns.of("⌚⭐✅")).isEqualTo(6);
    assertThat(Columns.of(0x1F321)).as("thermometer, text style by default").isEqualTo(1);
  }

  @Test
  void shortenAndPadCountColumns() {
    assertThat(Columns.shorten("通向AGI的道路", 8)).isEqualTo("通向AGI…");
    assertThat(Columns.pad("🚀", 4)).isEqualTo("🚀  ");
    assertThat(Columns.padLeft("话", 3)).isEqualTo(" 话");
  }

  @Test
  void agreesWithJLineExceptWhereUnicodeSaysOtherwise() {
    Map<String, Integer> differences = new LinkedHashMap<>();
    List<String> unexplained = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int ours = Columns.of(cp);
      int theirs = WCWidth.wcwidth(cp);
      if (ours != theirs) {
        String kind = kind(cp, ours, theirs);
        if (kind == null) {
          unexplained.add(String.format("U+%04X ours %d, JLine %d", cp, ours, theirs));
        } else {
          differences.merge(kind, 1, Integer::sum);
        }
      }
    }
    assertThat(unexplained).isEmpty();
    assertThat(differences).containsKeys("control", "newer mark", "block");
  }

  /** Which listed kind of difference this is, or null. */
  private static String kind(int cp, int ours, int theirs) {
    int type = Character.getType(cp);
    // JLine calls a control character unprintable (-1). Columns is only asked about text that is
    // escaped first, where a control character never reaches the terminal as it is.
    if (theirs == -1 && ours == 1 && Character.isISOControl(cp)) {
      return "control";
    }
    // JLine's combining table is Markus Kuhn's from Unicode 5.0: marks and invisible format
    // characters encoded since are missing from it.
    if (ours == 0 && theirs == 1 && (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.FORMAT)) {
      return "newer mark";
    }
    // Characters that table counts as combining which are now visible: the Arabic and Syriac
    // number signs (drawn before the digits), marks Unicode has since made spacing (the Hangul
    // tone marks 302E-302F, East Asian Wide; U+1734 from Unicode 14, on a JDK that knows it) and
    // the emoji skin-tone modifiers (wide when they stand alone).
    if (theirs == 0 && (in(cp, 0x0600, 0x0603) || in(cp, 0x06DD, 0x06DE) || cp == 0x070F
        || type == Character.COMBINING_SPACING_MARK || in(cp, 0x1F3FB, 0x1F3FF))) {
      return "visible";
    }
    // Wide in Unicode, narrow in JLine: the emoji that have shown as emoji by default since
    // Unicode 9 (watch, hourglass, zodiac signs, check mark, star ...), Hangul Jamo Extended-A
    // leading consonants, and the ideographic and kana scripts encoded after JLine's table
    // (Tangut, Khitan, Nushu, kana supplements).
    if (ours == 2 && theirs == 1 && (in(cp, 0x2300, 0x2BFF) || in(cp, 0xA960, 0xA97C)
        || in(cp, 0x16FE0, 0x1B2FF))) {
      return "newer wide";
    }
    // Narrow in Unicode, wide in JLine, which counts whole blocks as wide: their unassigned code
    // points, the Yijing hexagrams (4DC0-4DFF) and circled numbers on black squares (3248-324F)
    // that Unicode makes neutral or ambiguous, and in 1F000-1FEEE the symbols whose default is
    // text presentation (mahjong and playing cards, thermometer, hot pepper ...).
    if (ours == 1 && theirs == 2 && (in(cp, 0x2E80, 0xA4CF) || in(cp, 0xFE30, 0xFE6F)
        || cp == 0xFF00 || in(cp, 0x1F000, 0x1FEEE))) {
      return "block";
    }
    return null;
  }

  private static boolean in(int cp, int first, int last) {
    return cp >= first && cp <= last;
  }

  /** The wide runs are those of the Unicode data Python carries, when it is the version of the table. */
  @Test
  void wideIsWhatUnicodeSays() {
    Tools.require("python3");
    Child python = Child.run(new ProcessBuilder("python3", "-c", EAST_ASIAN_WIDE), null,
        Duration.ofMinutes(2));
    assertThat(python.status()).isZero();
    List<String> lines = new String(python.out(), StandardCharsets.UTF_8).lines().toList();
    Assumptions.assumeTrue(lines.get(0).equals("14.0.0"),
        "Python's Unicode data is " + lines.get(0) + ", the table's is 14.0.0");
    List<String> ours = new ArrayList<>();
    int start = -1;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT + 1; cp++) {
      boolean wide = cp <= Character.MAX_CODE_POINT && Columns.isWide(cp);
      if (wide && start < 0) {
        start = cp;
      } else if (!wide && start >= 0) {
        ours.add(String.format("%X %X", start, cp - 1));
        start = -1;
      }
    }
    assertThat(ours).containsExactlyElementsOf(lines.subList(1, lines.size()));
  }
}
