package dev.convo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusReader;
import dev.convo.corpus.CorpusWriter;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Turn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each transcript format on a small transcript of its own, its errors, and how one is recognised. */
class TranscriptFormatsTest {
  private static final Path DIR = Path.of("src/test/resources/transcripts");
  private static final Path PLAIN = DIR.resolve("bees.plain.txt");
  private static final Path PODCAST = DIR.resolve("kettle.podcast.md");
  private static final Path INTERVIEW = DIR.resolve("interview.vtt");
  private static final Path VOICES = DIR.resolve("apple-tree.vtt");

  @TempDir Path dir;

  private Path write(String name, String... lines) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static TranscriptFormat detect(Path file) throws Exception {
    return TranscriptFormat.detect(Arrays.asList(Files.readString(file).split("\r?\n", -1)), file.toString());
  }

  @Test
  void plainLinesAreTurnsUnderTheTitle() throws Exception {
    Corpus corpus = Ingest.extract(PLAIN, TranscriptFormat.PLAIN, null, null, null, null);
    assertThat(corpus.metadata().title()).isEqualTo("Bees in the City");
    assertThat(corpus.metadata().preface().paragraphs())
        .containsExactly("A talk on a rooftop, recorded for the neighbourhood newsletter.");
    assertThat(corpus.speakers()).extracting(Speaker::id, Speaker::name).containsExactly(
        tuple("mia", "Mia"), tuple("tom", "Tom"));
    assertThat(corpus.sections()).extracting(Section::id, Section::title).containsExactly(tuple("1", "Bees in the City"));
    assertThat(corpus.turns()).extracting(Turn::id, Turn::speaker, Turn::paragraphs, Turn::time).containsExactly(
        tuple("1:1", "mia", List.of("How many hives are up here now?"), null),
        tuple("1:2", "tom", List.of("Six. Two more than last spring.", "We lost one in the winter, though."), null),
        tuple("1:3", "mia", List.of("What happened to it?"), null),
        tuple("1:4", "tom", List.of("Damp. https://example.org/damp explains it better than I can."), null));
  }

  @Test
  void podcastTurnsKeepTheirTimesAndChaptersAreSections() throws Exception {
    Corpus corpus = Ingest.extract(PODCAST, TranscriptFormat.PODCAST, null, null, null, null);
    assertThat(corpus.metadata().title()).isEqualTo("The Kettle Podcast, Episode 12");
    assertThat(corpus.metadata().preface().paragraphs())
        .containsExactly("Show notes: we talk about tea, water and patience.");
    assertThat(corpus.speakers()).extracting(Speaker::id, Speaker::name, Speaker::label).containsExactly(
        tuple("ana", "Ana Ruiz", "Ana"), tuple("ben", "Ben Okafor", "Ben"));
    assertThat(corpus.sections()).extracting(Section::id, Section::title)
        .containsExactly(tuple("1", "Introduction"), tuple("2", "Why water matters"));
    assertThat(corpus.turns()).extracting(Turn::id, Turn::speaker, Turn::paragraphs, Turn::time, Turn::clock)
        .containsExactly(
            tuple("1:1", "ana", List.of("Welcome back to the Kettle. Today, water."), 5, "00:00:05"),
            tuple("1:2", "ben", List.of("Thanks for having me."), 12, "00:00:12"),
            tuple("2:1", "ana", List.of("Why does the water matter so much?"), 90, "00:01:30"),
            tuple("2:2", "ben", List.of("Because tea is mostly water.",
                "Hard water flattens it; soft water lets it sing."), 101, "00:01:41"),
            tuple("2:3", "ana", List.of("That is where we stop."), 3723, "01:02:03"));
  }

  @Test
  void theSpecificationsInterviewMergesCuesIntoTurnsBySpeaker() throws Exception {
    Corpus corpus = Ingest.extract(INTERVIEW, TranscriptFormat.WEBVTT, null, null, null, null);
    assertThat(corpus.speakers()).extracting(Speaker::id, Speaker::name).containsExactly(
        tuple("roger", "Roger Bingham"), tuple("neil", "Neil deGrasse Tyson"));
    assertThat(corpus.sections()).extracting(Section::title).containsExactly("interview");
    assertThat(corpus.turns()).extracting(Turn::speaker, Turn::text, Turn::time).containsExactly(
        tuple("roger", "We are in New York City We’re actually at the Lucern Hotel, just down the street"
            + " from the American Museum of Natural History And with me is Neil deGrasse Tyson"
            + " Astrophysicist, Director of the Hayden Planetarium at the AMNH. Thank you for walking"
            + " down here. And I want to do a follow-up on the last conversation we did. When we e-mailed—", 11),
        tuple("neil", "Didn’t we talk about enough in that conversation?", 30),
        tuple("roger", "No! No no no no; 'cos 'cos obviously 'cos", 32),
        tuple("neil", "Laughs", 32),
        tuple("roger", "You know I’m so excited my glasses are falling off here.", 35));
  }

  @Test
  void voiceClassesTagsRubyAndReferencesAreReadAsTheSpecificationSays() throws Exception {
    Corpus corpus = Ingest.extract(VOICES, TranscriptFormat.WEBVTT, null, null, null, null);
    assertThat(corpus.metadata().title()).isEqualTo("The voices sample of the WebVTT specification (W3C)");
    assertThat(corpus.turns()).extracting(Turn::speaker, Turn::text, Turn::time).containsExactly(
        tuple("esme", "It’s a blue apple tree!", 0),
        tuple("mary", "No way!", 2),
        tuple("esme", "Hee! laughter", 4),
        tuple("mary", "That’s awesome!", 6),
        tuple("esme", "A 林檎 & a pear <3", 8),
        tuple("mary", "Both \uD83C\uDF4E!", 8));
  }

  @Test
  void timesSurviveTheCorpusFileAndAreLeftOutWhereThereAreNone() throws Exception {
    Corpus corpus = Ingest.extract(PODCAST, null, null, null, null, null);
    String json = CorpusWriter.toJson(corpus);
    assertThat(json).contains("\"time\": 3723");
    Corpus read = CorpusReader.read(json, "kettle.json");
    assertThat(read.turns()).extracting(Turn::time).containsExactly(5, 12, 90, 101, 3723);
    assertThat(CorpusWriter.toJson(Ingest.extract(PLAIN, null, null))).doesNotContain("\"time\"");
  }

  @Test
  void eachFormatIsRecognisedByItsMarks() throws Exception {
    assertThat(detect(PLAIN)).isEqualTo(TranscriptFormat.PLAIN);
    assertThat(detect(PODCAST)).isEqualTo(TranscriptFormat.PODCAST);
    assertThat(detect(INTERVIEW)).isEqualTo(TranscriptFormat.WEBVTT);
    assertThat(detect(VOICES)).isEqualTo(TranscriptFormat.WEBVTT);
    assertThat(detect(DIR.resolve("garden.en.md"))).isEqualTo(TranscriptFormat.MARKDOWN);
    assertThat(detect(Path.of("data/source/lex-fridman-sam-altman-2024.zh.md"))).isEqualTo(TranscriptFormat.MARKDOWN);
    assertThat(Ingest.extract(PODCAST, null, null).turns()).hasSize(5);
  }

  @Test
  void aFileMarkedAsTwoFormatsNamesBoth() throws Exception {
    Path both = write("both.md", "## 1. Intro", "", "Ana Ruiz (00:00:05) Hello.");
    assertThatThrownBy(() -> Ingest.extract(both, null, null))
        .isInstanceOf(IngestException.class)
        .hasMessage(both + ": reads as markdown and as podcast; choose one with --format markdown|podcast");
    assertThat(Ingest.extract(both, TranscriptFormat.PODCAST, null, null, null, null).turns()).hasSize(1);
  }

  @Test
  void plainErrorsNameTheLine() throws Exception {
    Path mute = write("mute.txt", "Mia: Hello.", "Tom:");
    assertThatThrownBy(() -> Ingest.extract(mute, null, null))
        .hasMessage(mute + ":2: speaker label 'Tom' has no text");
    Path none = write("none.txt", "Just a note.", "", "Nobody speaks here.");
    assertThatThrownBy(() -> Ingest.extract(none, TranscriptFormat.PLAIN, null, null, null, null))
        .hasMessage(none + ": no speaker labels (expected lines such as 'Name: text')");
  }

  @Test
  void podcastErrorsNameTheLine() throws Exception {
    Path late = write("late.md", "Ana (00:00:05) Hi.", "", "Ben (00:75:00) Hello.");
    assertThatThrownBy(() -> Ingest.extract(late, null, null))
        .hasMessage(late + ":3: '00:75:00' is not a time (write hours:minutes:seconds, minutes and seconds up to 59)");
    Path orphan = write("orphan.md", "# Show", "", "(00:00:05) Who is speaking?");
    assertThatThrownBy(() -> Ingest.extract(orphan, null, null))
        .hasMessage(orphan + ":3: a timestamp before any speaker (expected 'Name (00:12:34) text', or the name on the line above)");
    Path mute = write("mute.md", "Ana (00:00:05)", "", "Ben (00:00:09) Hello.");
    assertThatThrownBy(() -> Ingest.extract(mute, null, null))
        .hasMessage(mute + ":1: speaker label 'Ana' has no text");
  }

  @Test
  void webVttErrorsNameTheLine() throws Exception {
    Path headless = write("headless.vtt", "00:01.000 --> 00:02.000", "<v Ana>Hi");
    assertThatThrownBy(() -> Ingest.extract(headless, TranscriptFormat.WEBVTT, null, null, null, null))
        .hasMessage(headless + ":1: a WebVTT file starts with the line 'WEBVTT'");
    Path timing = write("timing.vtt", "WEBVTT", "", "00:01.000 --> 00:02.000", "<v Ana>Hi", "", "cue-2",
        "00:03 --> 00:04", "<v Ben>Hello");
    assertThatThrownBy(() -> Ingest.extract(timing, null, null))
        .hasMessage(timing + ":7: expected a cue's timing, such as '00:00:11.000 --> 00:00:13.000', but found '00:03 --> 00:04'");
    Path voiceless = write("voiceless.vtt", "WEBVTT", "", "00:01.000 --> 00:02.000", "Never drink liquid nitrogen.");
    assertThatThrownBy(() -> Ingest.extract(voiceless, null, null))
        .hasMessage(voiceless + ":3: a cue without a voice before any cue with one (name the speaker with '<v Name>')");
    Path empty = write("empty.vtt", "WEBVTT", "", "NOTE nothing here");
    assertThatThrownBy(() -> Ingest.extract(empty, null, null))
        .hasMessage(empty + ": no speaker labels (expected lines such as '<v Name>text' in a cue)");
  }
}
