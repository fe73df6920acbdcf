package dev.convo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms of {@link Escape} that show a value inside a message. */
class EscapeTest {
  @Test
  void inlineMakesEveryInvisibleCharacterVisible() {
    assertThat(Escape.inline("a\u001b[31mb\tc\nd\u0085e\u202ef\u200bg\ufeffh\u00adi"))
        .isEqualTo("a\\x1b[31mb\\x09c\\x0ad\\x85e\\u202ef\\u200bg\\ufeffh\\xadi");
    assertThat(Escape.inline("话题 gpt-5")).isEqualTo("话题 gpt-5");
  }

  @Test
  void quotedPutsTheValueBetweenSingleQuotes() {
    assertThat(Escape.quoted("x\u001b[31my")).isEqualTo("'x\\x1b[31my'");
    assertThat(Escape.quoted("")).isEqualTo("''");
  }

  @Test
  void anExcerptKeepsFortyCharactersAndMarksWhatItCut() {
    String forty = "一".repeat(Escape.EXCERPT);
    assertThat(Escape.excerpt(forty)).isEqualTo(forty);
    assertThat(Escape.excerpt(forty + "二")).isEqualTo(forty + "…");
    // A character outside the BMP counts once and is never cut in half.
    String emoji = "😀".repeat(Escape.EXCERPT + 1);
    assertThat(Escape.excerpt(emoji)).isEqualTo("😀".repeat(Escape.EXCERPT) + "…");
    assertThat(Escape.excerpt("id\u001b]0;x\u0007")).isEqualTo("id\\x1b]0;x\\x07");
  }

  @Test
  void noFormLetsATerminalControlThrough() {
    String hostile = "\u001b]0;PWNED\u0007\u009b2J\b\r\u202e\u2066\u061c\ud800";
    for (String shown : new String[] {Escape.inline(hostile), Escape.quoted(hostile),
        Escape.excerpt(hostile), Escape.line(hostile), Escape.tsv(hostile)}) {
      assertThat(shown.codePoints()).as(shown).noneMatch(Escape::isUnsafe);
    }
  }

  @Test
  void controlsEscapesExactlyTheUnsafeAndKeepsTheRest() {
    StringBuilder every = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_VALUE; cp++) {
      if (cp != '\n' && cp != '\t' && !Character.isSurrogate((char) cp)) {
        every.appendCodePoint(cp);
      }
    }
    every.append("…—“”😀计算能力");
    StringBuilder expected = new StringBuilder();
    every.codePoints().forEach(cp -> expected.append(Escape.isUnsafe(cp) ? Escape.shown(cp) : Character.toString(cp)));
    assertThat(Escape.controls(every.toString())).isEqualTo(expected.toString());
    List<String> copied = new ArrayList<>();
    // Newline and tab are kept, on the slow path: text rarely holds them.
    for (char c = 0; c < Character.MIN_SURROGATE; c++) {
      String one = String.valueOf(c);
      if (!Escape.isUnsafe(c) && c != '\n' && c != '\t' && Escape.controls(one) != one) {
        copied.add(Integer.toHexString(c));
      }
    }
    for (int c = Character.MAX_SURROGATE + 1; c <= Character.MAX_VALUE; c++) {
      String one = String.valueOf((char) c);
      if (!Escape.isUnsafe(c) && Escape.controls(one) != one) {
        copied.add(Integer.toHexString(c));
      }
    }
    assertThat(copied).as("safe chars that left the fast path").isEmpty();
    String ordinary = "听着…我认为计算能力 — “GPT-5”";
    assertThat(Escape.controls(ordinary)).isSameAs(ordinary);
    assertThat(Escape.controls("a\u2028b\u200fc\u2069d")).isEqualTo("a\\u2028b\\u200fc\\u2069d");
  }
}
