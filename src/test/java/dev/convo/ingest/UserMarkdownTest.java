package dev.convo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transcript a user wrote in ordinary Markdown, not a converted article: what CommonMark makes
 * of it is what ingest makes of it, and what is still refused says how to write it instead.
 */
class UserMarkdownTest {
  @TempDir Path dir;

  private Path write(String text) throws Exception {
    Path file = dir.resolve("t.md");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Corpus extract(String text) throws Exception {
    return Ingest.extract(write(text), null, null);
  }

  private String firstTurn(String line) throws Exception {
    return extract("**1. Beans**\n\n" + line + "\n").turns().get(0).text();
  }

  @Test
  void underscoresInsideWordsAndUrlsAreCharacters() throws Exception {
    assertThat(firstTurn("**Ada:** Set max_len and min_len, see https://example.com/some_path_here."))
        .isEqualTo("Set max_len and min_len, see https://example.com/some_path_here.");
    assertThat(firstTurn("**Ada:** The page is https://example.com/_draft_/index.html today."))
        .isEqualTo("The page is https://example.com/_draft_/index.html today.");
    assertThat(firstTurn("**Ada:** snake_case_name, 2_000_000 and 计算_能力"))
        .isEqualTo("snake_case_name, 2_000_000 and 计算_能力");
  }

  @Test
  void asteriskItalicsAreTheirText() throws Exception {
    Corpus corpus = extract("**1. Beans**\n\n**Ada:** I *really* like beans, *all* of them.\n");
    assertThat(corpus.turns().get(0).text()).isEqualTo("I really like beans, all of them.");
    assertThat(corpus.quotes()).isEmpty();
    assertThat(firstTurn("**Ada:** I **really *do*** like them."))
        .isEqualTo("I really do like them.");
    assertThat(firstTurn("**Ada:** 2 * 3 * 4 is 24, and Q* is a name, and so is a*.")).isEqualTo(
        "2 * 3 * 4 is 24, and Q* is a name, and so is a*.");
  }

  @Test
  void underscoreItalicsAreRefusedWithHowToWriteThem() throws Exception {
    Path file = write("**1. Beans**\n\n**Ada:** I _really_ like beans.\n");
    assertThatThrownBy(() -> Ingest.extract(file, null, null))
        .hasMessage(file + ":3: '_' at columns 3 and 10 would make the text between them italic;"
            + " write \\_ for an underscore, or *…* for italics");
  }

  @Test
  void noMessageSpeaksOfAConversionOrARepairsFile() throws Exception {
    for (String transcript : new String[] {
        "**1. Beans**\n\n**Ada:** I _really_ like beans.\n",
        "**1. Beans** and more\n\n**Ada:** Hi.\n",
        "**1. Beans**\n\n**Ada:** **never closed.\n"}) {
      Path file = write(transcript);
      assertThatThrownBy(() -> Ingest.extract(file, null, null))
          .isInstanceOf(IngestException.class)
          .message().doesNotContain("conversion", "repair").contains("write");
    }
  }

  @Test
  void markdownHeadingsAreSectionHeadings() throws Exception {
    Corpus corpus = extract("# Beans and tea\n\n## 1. Beans\n\n**Ada:** Beans?\n\n**Ben:** Beans.\n\n"
        + "### On cooking\n\n**Ada:** How?\n\n## 2\\. Tea ##\n\n**Ada:** Tea?\n");
    assertThat(corpus.metadata().title()).isEqualTo("Beans and tea");
    assertThat(corpus.sections()).extracting(Section::id, Section::number, Section::title).containsExactly(
        Tuple.tuple("1", 1, "Beans"), Tuple.tuple("1a", null, "On cooking"), Tuple.tuple("2", 2, "Tea"));
    assertThat(corpus.turns()).extracting(t -> t.id() + " " + t.text())
        .containsExactly("1:1 Beans?", "1:2 Beans.", "1a:1 How?", "2:1 Tea?");
  }

  @Test
  void aMarkdownHeadingRightAboveTextIsStillOnlyAHeading() throws Exception {
    Corpus corpus = extract("## 1. Beans\n**Ada:** Beans?\n## 2. Tea\n**Ada:** Tea?\n");
    assertThat(corpus.sections()).extracting(Section::title).containsExactly("Beans", "Tea");
  }

  @Test
  void aSpeakerLabelBeforeAnyHeadingSaysWhatAHeadingLooksLike() throws Exception {
    Path file = write("## Beans\n\n**Ada:** Beans?\n");
    assertThatThrownBy(() -> Ingest.extract(file, null, null)).hasMessage(file
        + ":3: a speaker label before the first section heading (headings are numbered: '**1. Title**' or '## 1. Title')");
  }

  @Test
  void aTightNumberedListInThePrefaceIsTheFavourites() throws Exception {
    Corpus corpus = extract("# Beans\n\nMy favourite lines:\n1. Beans are good.\n2. Tea is better.\n\n"
        + "**1. Beans**\n\n**Ada:** Beans are good.\n\n**Ben:** Tea is better.\n");
    assertThat(corpus.metadata().preface().paragraphs()).containsExactly("My favourite lines:");
    assertThat(corpus.metadata().preface().favourites()).extracting(f -> f.rank() + " " + f.text())
        .containsExactly("1 Beans are good.", "2 Tea is better.");
  }

  @Test
  void aTightNumberedListInATurnIsOneParagraphPerItem() throws Exception {
    Corpus corpus = extract("**1. Beans**\n\n**Ada:** Three kinds:\n1. black,\n2. pinto, which\nis mine,\n"
        + "3. broad.\n\nThat is all.\n");
    assertThat(corpus.turns().get(0).paragraphs())
        .containsExactly("Three kinds:", "1. black,", "2. pinto, which is mine,", "3. broad.", "That is all.");
  }

  @Test
  void aWrappedLineThatStartsWithANumberOtherThanOneStaysInItsParagraph() throws Exception {
    assertThat(extract("**1. Beans**\n\n**Ada:** We met in\n2024. It rained.\n").turns().get(0).paragraphs())
        .containsExactly("We met in 2024. It rained.");
  }

  @Test
  void aBadTopicsFileIsOneLineNamingTheFileAndThePath() throws Exception {
    Path transcript = write("**1. Beans**\n\n**Ada:** Beans?\n");
    String[][] cases = {
        {"{\"sections\": 3, \"topics\": []}", "expected an array but found a number, at $.sections"},
        {"{}", "missing required field 'sections', at $"},
        {"{\"sections\": [], \"topics\": [{\"slug\": \"beans\"}]}", "missing required field 'title', at $.topics[0]"},
        {"{\"sections\": [{\"id\": \"1\", \"slug\": 1, \"titleEn\": \"B\"}], \"topics\": []}",
            "expected a string but found a number, at $.sections[0].slug"},
        {"[]", "expected an object but found an array, at $"},
        {"{\"sections\": [", "truncated JSON, at $.sections[0] (line 1:15)"},
        {"{\"sections\": x}", "not valid JSON, at $.sections (line 1:14)"},
        {"", "empty file, at line 1:1"}};
    for (String[] c : cases) {
      Path topics = dir.resolve("topics.json");
      Files.writeString(topics, c[0], StandardCharsets.UTF_8);
      assertThatThrownBy(() -> Ingest.extract(transcript, topics, null)).as(c[0])
          .hasMessage(topics + ": " + c[1]);
    }
  }

  @Test
  void aBadRepairsFileIsOneLineNamingTheFileAndThePath() throws Exception {
    Path transcript = write("**1. Beans**\n\n**Ada:** Beans?\n");
    String[][] cases = {
        {"{\"sections\": 3}", "missing required field 'repairs', at $"},
        {"{\"repairs\": {}}", "expected an array but found an object, at $.repairs"},
        {"{\"repairs\": [{\"line\": \"x\", \"find\": \"a\", \"replace\": \"b\", \"why\": \"c\"}]}",
            "expected a whole number but found a string, at $.repairs[0].line"},
        {"{\"repairs\": [{\"line\": 1.5, \"find\": \"a\", \"replace\": \"b\", \"why\": \"c\"}]}",
            "expected a whole number but found 1.5, at $.repairs[0].line"},
        {"{\"repairs\": [{\"line\": 3, \"find\": \"a\", \"why\": \"c\"}]}", "missing required field 'replace', at $.repairs[0]"},
        {"[1", "truncated JSON, at $[1] (line 1:3)"}};
    for (String[] c : cases) {
      Path repairs = dir.resolve("repairs.json");
      Files.writeString(repairs, c[0], StandardCharsets.UTF_8);
      assertThatThrownBy(() -> Ingest.extract(transcript, null, repairs)).as(c[0])
          .hasMessage(repairs + ": " + c[1]);
    }
  }

  @Test
  void theReviewedFilesAreReadAsStrictlyAsTheCorpus() throws Exception {
    Path transcript = write("**1. Beans**\n\n**Ada:** Beans?\n");
    Path topics = dir.resolve("topics.json");
    String[][] topicCases = {
        {"{\"sections\": [], \"topics\": [], \"sections\": []}", "duplicate field 'sections', at $.sections"},
        {"{\"sections\": [{\"id\": \"1\", \"slug\": \"b\", \"titleEn\": \"B\", \"colour\": 1}], \"topics\": []}",
            "unknown field 'colour', at $.sections[0].colour"},
        {"{\"sections\": [], \"topics\": [], \"$comment\": \"x\", \"\\u001b[2J\": 1}",
            "unknown field '\\x1b[2J', at $.\\x1b[2J"}};
    for (String[] c : topicCases) {
      Files.writeString(topics, c[0], StandardCharsets.UTF_8);
      assertThatThrownBy(() -> Ingest.extract(transcript, topics, null)).as(c[0])
          .hasMessage(topics + ": " + c[1]);
    }
    Path repairs = dir.resolve("repairs.json");
    Files.writeString(repairs, "{\"repairs\": [{\"line\": 1, \"find\": \"a\", \"replace\": \"b\", \"why\": \"c\","
        + " \"why\": \"d\"}]}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Ingest.extract(transcript, null, repairs))
        .hasMessage(repairs + ": duplicate field 'why', at $.repairs[0].why");
    Files.writeString(repairs, "{\"repairs\": [], \"source\": \"transcript.md\", \"extra\": []}",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Ingest.extract(transcript, null, repairs))
        .hasMessage(repairs + ": unknown field 'extra', at $.extra");
  }
}
