package dev.convo.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusWriter;
import dev.convo.corpus.Section;
import dev.convo.query.Hit;
import dev.convo.query.Search;
import dev.convo.query.SearchQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search through a conversation's index finds, scores and orders exactly what a search of its
 * whole corpus does, while reading only some of its turns.
 */
class SearchIndexTest {
  private static final Path TRANSCRIPTS = Path.of("src/test/resources/transcripts");
  private static final List<String> NAMES = List.of("interview", "traditional", "kettle", "tea", "garden", "bees");

  @TempDir static Path home;
  private static Library library;

  @BeforeAll
  static void addConversations() throws Exception {
    library = new Library(home.resolve("library"));
    String json = CorpusWriter.toJson(BundledCorpus.get());
    Path interview = home.resolve("interview.json");
    Files.writeString(interview, json);
    library.add(interview, "interview", null);
    // The interview in traditional characters, declared so: its text must be simplified to meet a query.
    Path traditional = home.resolve("traditional.json");
    Files.writeString(traditional, json.replace("\"zh-Hans\"", "\"zh-Hant\"").replace('计', '計')
        .replace('会', '會').replace('说', '說').replace('开', '開').replace('门', '門'));
    library.add(traditional, "traditional", null);
    library.add(TRANSCRIPTS.resolve("kettle.podcast.md"), "kettle", null);
    library.add(TRANSCRIPTS.resolve("tea.zh.md"), "tea", null);
    library.add(TRANSCRIPTS.resolve("garden.en.md"), "garden", null);
    library.add(TRANSCRIPTS.resolve("bees.plain.txt"), "bees", null);
  }

  private static List<SearchQuery> queries() throws Exception {
    List<SearchQuery> queries = new ArrayList<>();
    for (List<String> words : List.of(List.of("计算能力"), List.of("計算能力"), List.of("算力"), List.of("compute"),
        List.of("GPT"), List.of("ＧＰＴ"), List.of("gpt-5"), List.of("GPT 5"), List.of("董事会"), List.of("董事會"),
        List.of("开源"), List.of("\"open source\""), List.of("water"), List.of("WATER", "tea"), List.of("茶"),
        List.of("a"), List.of("o"), List.of("soil", "plant"), List.of("计算能力", "能源"),
        List.of("计算能力", "nothing-like-this"), List.of("7 万亿"), List.of("7万亿"), List.of("Ilya"))) {
      queries.add(SearchQuery.parse(words, false));
      queries.add(SearchQuery.parse(words, false, false, true));
    }
    queries.add(SearchQuery.parse(List.of("gpt-[45]"), true, true, false));
    queries.add(SearchQuery.parse(List.of("计算", "gpt-[45]"), true, false, false));
    return queries;
  }

  @Test
  void theIndexFindsWhatTheWholeCorpusFinds() throws Exception {
    int compared = 0;
    for (String name : NAMES) {
      Corpus whole = library.corpus(name);
      for (SearchQuery query : queries()) {
        List<Hit> expected = new Search(whole).run(query, turn -> true);
        Library.Candidates candidates = library.candidates(name, query);
        List<Hit> found = new Search(candidates.corpus(), candidates.totals()).run(query, turn -> true);
        assertThat(found).as("%s in %s", query.terms(), name).isEqualTo(expected);
        compared += expected.size();
      }
    }
    assertThat(compared).as("hits compared").isGreaterThan(500);
  }

  @Test
  void aSearchReadsOnlyTheTurnsThatMayMatch() throws Exception {
    SearchQuery query = SearchQuery.parse(List.of("计算能力"), false);
    Corpus read = library.candidates("interview", query).corpus();
    int hits = new Search(library.corpus("interview")).run(query, turn -> true).size();
    assertThat(read.turns().size()).isGreaterThanOrEqualTo(hits).isLessThan(BundledCorpus.get().turns().size() / 10);
    assertThat(read.sections()).hasSameSizeAs(BundledCorpus.get().sections());
    assertThat(read.glossary()).isEqualTo(BundledCorpus.get().glossary());
    assertThat(read.metadata()).isEqualTo(library.corpus("interview").metadata());
    assertThat(library.candidates("interview", SearchQuery.parse(List.of("gpt-[45]"), true)).corpus().turns())
        .as("a regular expression may match any turn").hasSameSizeAs(BundledCorpus.get().turns());
  }

  @Test
  void anIndexAsWrittenOpensWithoutBeingMadeAgain() throws Exception {
    for (String name : NAMES) {
      SearchIndex index = SearchIndex.open(library.directory().resolve(name + ".index"), name);
      assertThat(index).as(name).isNotNull();
      assertThat(index.summary()).as(name).isEqualTo(library.show(name));
    }
  }

  @Test
  void theFrameIsTheCorpusButForItsTurnsQuotesAndTopics() throws Exception {
    for (String name : NAMES) {
      Corpus whole = library.corpus(name);
      Corpus read = library.candidates(name, SearchQuery.parse(List.of("nothing-like-this"), false)).corpus();
      assertThat(read.metadata()).as(name).isEqualTo(whole.metadata());
      assertThat(read.glossary()).as(name).isEqualTo(whole.glossary());
      assertThat(read.turns()).as(name).isEmpty();
      List<Section> expected = new ArrayList<>();
      for (Section s : whole.sections()) {
        expected.add(new Section(s.id(), s.slug(), s.number(), s.title(), s.titleEn(), List.of()));
      }
      assertThat(read.sections()).as(name).isEqualTo(expected);
    }
  }

  @Test
  void theQuotesOfTheTurnsReadComeWithThem() throws Exception {
    SearchQuery query = SearchQuery.parse(List.of("计算能力"), false);
    Corpus read = library.candidates("interview", query).corpus();
    Corpus whole = library.corpus("interview");
    assertThat(read.quotes()).isNotEmpty();
    for (var turn : read.turns()) {
      assertThat(read.quotesIn(turn)).isEqualTo(whole.quotesIn(turn));
      assertThat(turn).isEqualTo(whole.turn(turn.id()).orElseThrow());
    }
  }
}
