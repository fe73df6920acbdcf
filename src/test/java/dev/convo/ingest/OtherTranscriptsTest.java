package dev.convo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusReader;
import dev.convo.corpus.CorpusWriter;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Turn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor on transcripts other than the bundled one, in the same convention. */
class OtherTranscriptsTest {
  private static final Path ENGLISH = Path.of("src/test/resources/transcripts/garden.en.md");
  private static final Path CHINESE = Path.of("src/test/resources/transcripts/tea.zh.md");

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void englishTranscript() throws Exception {
    Corpus corpus = Ingest.extract(ENGLISH, null, null);
    assertThat(corpus.metadata().title()).isEqualTo("A Conversation About Gardens");
    assertThat(corpus.metadata().language()).isEqualTo("en");
    assertThat(corpus.metadata().source().author()).isEqualTo("The Potting Shed");
    assertThat(corpus.metadata().source().published()).isEqualTo("2025-05-01");
    assertThat(corpus.metadata().source().url()).isEqualTo("https://example.org/gardens");
    assertThat(corpus.speakers()).extracting(Speaker::id, Speaker::name, Speaker::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ada", "Ada Green", "Ada"),
            org.assertj.core.groups.Tuple.tuple("ben", "Ben Stone", "Ben"));
    assertThat(corpus.sections()).extracting(Section::id, Section::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Soil"),
            org.assertj.core.groups.Tuple.tuple("2", "Tomatoes"));
    assertThat(corpus.sections()).extracting(Section::slug).containsExactly("section-1", "section-2");
    Turn answer = corpus.turn("1:2").orElseThrow();
    assertThat(answer.paragraphs()).containsExactly(
        "It starts underground. Soil is a living thing, not a surface. Most people never look below the first inch.",
        "That is where the work is: worms, fungi, roots talking to each other.");
    assertThat(corpus.turn("1:3").orElseThrow().text()).isEqualTo("So you feed the soil, not the plant?");
    assertThat(corpus.turns()).hasSize(6);
    assertThat(corpus.turns().get(5).text()).doesNotContain("END", "footer");
  }

  @Test
  void englishKeyQuotesAndFavourites() throws Exception {
    Corpus corpus = Ingest.extract(ENGLISH, null, null);
    assertThat(corpus.quotes()).extracting(Quote::id, Quote::turn, Quote::text, Quote::emphasised, Quote::editorRank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("q1", "1:2", "Soil is a living thing, not a surface.", true, 1),
            org.assertj.core.groups.Tuple.tuple("q2", "2:2", "patience is the only fertiliser that always works", false, 2));
    assertThat(corpus.metadata().preface().favourites()).extracting(f -> f.quote()).containsExactly("q1", "q2");
  }

  @Test
  void chineseTranscriptWithOtherSpeakers() throws Exception {
    Corpus corpus = Ingest.extract(CHINESE, null, null);
    assertThat(corpus.metadata().language()).isEqualTo("zh-Hans");
    assertThat(corpus.metadata().source().author()).isEqualTo("茶话会");
    assertThat(corpus.speakers()).extracting(Speaker::id).containsExactly("主持人", "茶人");
    assertThat(corpus.section("2").orElseThrow().title()).isEqualTo("关于时间");
    assertThat(corpus.turn("1:2").orElseThrow().paragraphs()).containsExactly(
        "八十度左右。水太烫，茶就苦了。很多人用开水，这是最常见的错误。", "第二泡可以稍微热一点， 大约八十五度。");
    assertThat(corpus.turn("2:1").orElseThrow().text()).isEqualTo("泡多久？");
    assertThat(corpus.quotes()).singleElement().extracting(Quote::text).isEqualTo("水太烫，茶就苦了");
    assertThat(corpus.metadata().preface().paragraphs()).containsExactly("我们和一位茶人聊了聊。");
  }

  @Test
  void extractedCorpusLoadsAndRoundTrips() throws Exception {
    for (Path transcript : new Path[] {ENGLISH, CHINESE}) {
      Path out = dir.resolve(transcript.getFileName() + ".json");
      AtomicFile.write(Ingest.extract(transcript, null, null), out);
      Corpus loaded = CorpusReader.read(Files.readString(out, StandardCharsets.UTF_8), out.toString());
      assertThat(CorpusWriter.toJson(loaded)).isEqualTo(Files.readString(out, StandardCharsets.UTF_8));
      assertThat(loaded.topics()).extracting(t -> t.sections().get(0)).containsExactly("1", "2");
    }
  }

  @Test
  void speakersSharingAFirstNameGetTheirWholeNames() throws Exception {
    Path file = write("t.md", "**1. One**\n\n**Sam Altman:** Hi.\n\n**Sam Harris:** Hello.\n\n**Lex Fridman:** Hm.\n");
    assertThat(Ingest.extract(file, null, null).speakers()).extracting(Speaker::id, Speaker::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sam-altman", "Sam A."),
            org.assertj.core.groups.Tuple.tuple("sam-harris", "Sam H."),
            org.assertj.core.groups.Tuple.tuple("lex", "Lex"));
  }

  @Test
  void speakersSharingAFirstNameAndAnInitialAreLabelledByTheirWholeNames() throws Exception {
    Path file = write("t.md", "**1. One**\n\n**Sam Adams:** Hi.\n\n**Sam Altman:** Hello.\n\n"
        + "**Sam Harris:** Hm.\n\n**sam:** Yes.\n");
    assertThat(Ingest.extract(file, null, null).speakers()).extracting(Speaker::label)
        .containsExactly("Sam Adams", "Sam Altman", "Sam H.", "sam");
  }

  @Test
  void noSpeakerLabels() throws Exception {
    Path file = write("t.md", "**1. One**\n\nJust prose, nobody speaks.\n");
    assertThatThrownBy(() -> Ingest.extract(file, null, null))
        .hasMessage(file + ":3: text that belongs to no speaker (expected a bold speaker label)");
    Path headingOnly = write("h.md", "# Title\n\n**1. One**\n");
    assertThatThrownBy(() -> Ingest.extract(headingOnly, null, null))
        .hasMessage(headingOnly + ": no speaker labels (expected lines such as '**Name:** text')");
  }

  @Test
  void noSections() throws Exception {
    Path file = write("t.md", "# Title\n\nSome preface.\n");
    assertThatThrownBy(() -> Ingest.extract(file, null, null))
        .hasMessage(file + ": no section headings (expected numbered headings such as '**1. Title**' or '## 1. Title')");
    Path labelsOnly = write("l.md", "**Ada:** Hi.\n");
    assertThatThrownBy(() -> Ingest.extract(labelsOnly, null, null))
        .hasMessage(labelsOnly + ":1: a speaker label before the first section heading"
            + " (headings are numbered: '**1. Title**' or '## 1. Title')");
  }

  @Test
  void labelWithNoText() throws Exception {
    Path file = write("t.md", "**1. One**\n\n**Ada:**\n\n**Ben:** Hello.\n");
    assertThatThrownBy(() -> Ingest.extract(file, null, null))
        .hasMessage(file + ":3: speaker label 'Ada' has no text");
  }

  @Test
  void unclosedBold() throws Exception {
    Path file = write("t.md", "**1. One**\n\n**Ada:** **never closed.\n");
    assertThatThrownBy(() -> Ingest.extract(file, null, null))
        .hasMessage(file + ":3: '**' opened at text offset 0 is never closed; write \\*\\* for two asterisks");
  }

  @Test
  void missingDirectoryBinaryAndInvalidUtf8Inputs() throws Exception {
    Path missing = dir.resolve("missing.md");
    assertThatThrownBy(() -> Ingest.extract(missing, null, null)).hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> Ingest.extract(dir, null, null)).hasMessage(dir + ": is a directory");
    Path binary = dir.resolve("b.md");
    Files.write(binary, new byte[] {'*', '*', 0, 1, 2});
    assertThatThrownBy(() -> Ingest.extract(binary, null, null))
        .hasMessage(binary + ": a binary file (NUL byte at offset 2), not a transcript");
    Path latin1 = dir.resolve("l.md");
    Files.write(latin1, new byte[] {'*', '*', '1', '.', ' ', (byte) 0xe9, '*', '*'});
    assertThatThrownBy(() -> Ingest.extract(latin1, null, null))
        .hasMessage(latin1 + ": invalid UTF-8 at byte offset 5");
  }

  @Test
  void failedExtractionLeavesThePreviousOutputUntouched() throws Exception {
    Path out = write("out.json", "previous");
    Path bad = write("bad.md", "no sections here\n");
    assertThatThrownBy(() -> AtomicFile.write(Ingest.extract(bad, null, null), out))
        .isInstanceOf(IngestException.class);
    assertThat(Files.readString(out)).isEqualTo("previous");
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }
}
