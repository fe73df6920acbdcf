package dev.convo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusReader;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.SentenceBounds;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The curated quotes of data/quotes.json, as ingest builds them into the corpus and checks them. */
class CuratedQuotesTest {
  /** The checked-in corpus, read as the program reads it: what users get. */
  private static Corpus corpus;

  @TempDir Path dir;

  @BeforeAll
  static void read() throws Exception {
    corpus = CorpusReader.read(SourceFiles.CORPUS);
  }

  @Test
  void everyQuoteIsAnExactPassageOfOneParagraphOfItsTurn() {
    assertThat(corpus.quotes()).hasSizeGreaterThanOrEqualTo(120);
    for (Quote quote : corpus.quotes()) {
      Turn turn = corpus.turn(quote.turn()).orElseThrow();
      String paragraph = turn.paragraphs().get(quote.paragraph());
      String span = paragraph.substring(paragraph.offsetByCodePoints(0, quote.start()),
          paragraph.offsetByCodePoints(0, quote.end()));
      assertThat(span).as(quote.id()).isEqualTo(quote.text());
      assertThat(quote.speaker()).as(quote.id()).isEqualTo(turn.speaker());
    }
  }

  @Test
  void curatedQuotesAreWholeSentencesOfEightToOneHundredFiftyCharacters() {
    List<Quote> curated = corpus.quotes().stream().filter(q -> q.origin().equals(Quote.CURATED)).toList();
    assertThat(curated).hasSizeGreaterThanOrEqualTo(111);
    for (Quote quote : curated) {
      String paragraph = corpus.turn(quote.turn()).orElseThrow().paragraphs().get(quote.paragraph());
      assertThat(quote.text().codePointCount(0, quote.text().length())).as(quote.id()).isBetween(8, 150);
      assertThat(SentenceBounds.startsSentence(paragraph, quote.start())).as(quote.id() + " starts a sentence")
          .isTrue();
      assertThat(SentenceBounds.endsSentence(paragraph, quote.end())).as(quote.id() + " ends a sentence").isTrue();
      assertThat(SentenceBounds.isBalanced(quote.text())).as(quote.id() + " is balanced").isTrue();
      assertThat(quote.emphasised()).isFalse();
      assertThat(quote.editorRank()).isNull();
    }
  }

  @Test
  void bothSpeakersAndEverySectionAreQuoted() {
    Map<String, Long> bySpeaker = corpus.quotes().stream()
        .collect(Collectors.groupingBy(Quote::speaker, TreeMap::new, Collectors.counting()));
    assertThat(bySpeaker.get("lex")).isGreaterThanOrEqualTo(25);
    assertThat(bySpeaker.get("sam")).isGreaterThanOrEqualTo(25);
    for (Section section : corpus.sections()) {
      assertThat(corpus.quotes().stream().filter(q -> q.section().equals(section.id())).count())
          .as("quotes of section " + section.id()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void theKeyQuotesAndFavouritesKeepTheirIdsAndFieldsAndAreBold() {
    List<Quote> key = corpus.quotes().stream().filter(Quote::editorsChoice).toList();
    assertThat(key).extracting(Quote::id)
        .containsExactlyInAnyOrder("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9");
    assertThat(key).allMatch(q -> q.origin().equals(Quote.BOLD) && q.emphasised());
    assertThat(corpus.quote("q7").orElseThrow()).extracting(Quote::turn, Quote::editorRank)
        .containsExactly("8:8", 1);
    assertThat(corpus.metadata().preface().favourites()).extracting(f -> f.quote())
        .containsExactly("q7", "q1", "q2", "q3", "q4", "q5", "q6");
    assertThat(corpus.quotes().stream().filter(q -> q.origin().equals(Quote.CURATED)).map(Quote::id))
        .allMatch(id -> Integer.parseInt(id.substring(1)) >= 10);
  }

  @Test
  void everyQuoteIsAboutTopicsWhoseTurnsIncludeIt() {
    for (Quote quote : corpus.quotes()) {
      assertThat(quote.topics()).as(quote.id()).isNotEmpty();
      for (String slug : quote.topics()) {
        Topic topic = corpus.topics().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
        assertThat(topic.turns()).as(quote.id() + " in " + slug).contains(quote.turn());
      }
    }
    assertThat(corpus.quote("q7").orElseThrow().topics()).contains("compute");
  }

  @Test
  void ingestBuildsExactlyTheQuotesOfTheDataFile() throws Exception {
    Corpus fresh = Ingest.extract(SourceFiles.SOURCE, SourceFiles.TOPICS, SourceFiles.REPAIRS, SourceFiles.QUOTES);
    JsonArray listed = JsonParser.parseString(Files.readString(SourceFiles.QUOTES, StandardCharsets.UTF_8))
        .getAsJsonObject().getAsJsonArray("quotes");
    List<Quote> curated = fresh.quotes().stream().filter(q -> q.origin().equals(Quote.CURATED)).toList();
    assertThat(curated).hasSize(listed.size());
    for (int i = 0; i < listed.size(); i++) {
      JsonObject entry = listed.get(i).getAsJsonObject();
      assertThat(curated.get(i)).extracting(Quote::id, Quote::turn, Quote::text)
          .containsExactly(entry.get("id").getAsString(), entry.get("turn").getAsString(),
              entry.get("text").getAsString());
    }
    assertThat(fresh.quotes().subList(0, 9)).extracting(Quote::id)
        .containsExactly("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1:2 | 这绝对是我职业生涯中最痛苦的经历 | it does not end where a sentence of turn 1:2 ends",
      "1:2 | 充满混乱、羞愧、不安以及许多其他负面的东西。 | it does not start where a sentence of turn 1:2 starts",
      "1:2 | 这绝对是我职业 | it has 7 characters; a quote has 8 to 150",
      "1:2 | 这不是第1:2轮说的话。 | its text is not a passage of one paragraph of turn 1:2",
      "1:28 | 然后你需要一些人思考“我们如何以一种最有助于世界人民的方式部署这项技术？ | it cuts inside quotation marks or brackets",
      "1:99 | 这绝对是我职业生涯中最痛苦的经历，充满混乱、羞愧、不安以及许多其他负面的东西。 | there is no turn 1:99",
  })
  void aQuoteThatBreaksARuleIsOneLineNamingItAndTheRule(String turn, String text, String rule) throws Exception {
    Path quotes = quotesFile("q300", turn, text, "board");
    assertThatThrownBy(() -> Ingest.extract(SourceFiles.SOURCE, SourceFiles.TOPICS, SourceFiles.REPAIRS, quotes))
        .isInstanceOf(IngestException.class)
        .hasMessage(quotes + ": quote q300: " + rule);
  }

  @Test
  void aQuoteMustBeAboutTopicsThatExistAndIncludeItsTurn() throws Exception {
    String text = "这绝对是我职业生涯中最痛苦的经历，充满混乱、羞愧、不安以及许多其他负面的东西。";
    Path unknown = quotesFile("q300", "1:2", text, "boardroom");
    assertThatThrownBy(() -> Ingest.extract(SourceFiles.SOURCE, SourceFiles.TOPICS, SourceFiles.REPAIRS, unknown))
        .hasMessage(unknown + ": quote q300: there is no topic 'boardroom'");
    Path elsewhere = quotesFile("q300", "1:2", text, "aliens");
    assertThatThrownBy(() -> Ingest.extract(SourceFiles.SOURCE, SourceFiles.TOPICS, SourceFiles.REPAIRS, elsewhere))
        .hasMessage(elsewhere + ": quote q300: topic 'aliens' does not include turn 1:2");
    Path taken = quotesFile("q7", "1:2", text, "board");
    assertThatThrownBy(() -> Ingest.extract(SourceFiles.SOURCE, SourceFiles.TOPICS, SourceFiles.REPAIRS, taken))
        .hasMessage(taken + ": quote q7: its id is taken by another quote");
    Path fine = quotesFile("q300", "1:2", text, "board");
    assertThat(Ingest.extract(SourceFiles.SOURCE, SourceFiles.TOPICS, SourceFiles.REPAIRS, fine)
        .quote("q300").orElseThrow())
        .extracting(Quote::paragraph, Quote::start, Quote::origin, Quote::topics)
        .containsExactly(0, 0, Quote.CURATED, List.of("board"));
  }

  @Test
  void aQuoteWithAFieldTwiceOrAnUnknownOneIsRefused() throws Exception {
    Path file = dir.resolve("quotes.json");
    Files.writeString(file, "{\"quotes\": [{\"id\": \"q300\", \"turn\": \"1:2\", \"text\": \"x\","
        + " \"topics\": [], \"topics\": []}]}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Ingest.extract(SourceFiles.SOURCE, SourceFiles.TOPICS, SourceFiles.REPAIRS, file))
        .hasMessage(file + ": duplicate field 'topics', at $.quotes[0].topics");
    Files.writeString(file, "{\"quotes\": [{\"id\": \"q300\", \"turn\": \"1:2\", \"text\": \"x\","
        + " \"topics\": [], \"speaker\": \"sam\"}]}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Ingest.extract(SourceFiles.SOURCE, SourceFiles.TOPICS, SourceFiles.REPAIRS, file))
        .hasMessage(file + ": unknown field 'speaker', at $.quotes[0].speaker");
  }

  private Path quotesFile(String id, String turn, String text, String topic) throws Exception {
    Path file = dir.resolve("quotes.json");
    Files.writeString(file, "{\"quotes\": [{\"id\": \"" + id + "\", \"turn\": \"" + turn + "\", \"text\": \""
        + text + "\", \"topics\": [\"" + topic + "\"]}]}", StandardCharsets.UTF_8);
    return file;
  }
}
