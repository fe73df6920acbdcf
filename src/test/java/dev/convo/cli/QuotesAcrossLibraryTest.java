package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quotes random} over the conversations of the library, with ids qualified where several are in play. */
class QuotesAcrossLibraryTest {
  private static final String GARDEN = "src/test/resources/transcripts/garden.en.md";
  private static final String TEA = "src/test/resources/transcripts/tea.zh.md";

  @TempDir Path data;

  private Run.Result run(String... args) {
    return Run.pipe().env("XDG_DATA_HOME", data.toString()).run(args);
  }

  private void addBoth() {
    assertThat(run("library", "add", GARDEN, "--name", "garden").code()).isZero();
    assertThat(run("library", "add", TEA, "--name", "tea").code()).isZero();
  }

  @Test
  void withNothingAddedTheDrawIsTheBundledInterviewsAsBefore() {
    Run.Result before = Run.exec("quotes", "random", "-n", "3", "--seed", "9", "--format", "jsonl");
    assertThat(run("quotes", "random", "-n", "3", "--seed", "9", "--format", "jsonl")).isEqualTo(before);
    assertThat(before.out()).doesNotContain("\"conversation\"").doesNotContain("altman-2024/");
  }

  @Test
  void aDrawOfEveryQuoteComesFromEveryConversationWithQualifiedIds() {
    addBoth();
    Run.Result all = run("quotes", "random", "-n", "100000", "--seed", "1", "--format", "tsv");
    assertThat(all.code()).isZero();
    Map<String, Long> byConversation = all.out().lines().skip(1)
        .collect(Collectors.groupingBy(l -> l.substring(0, l.indexOf('/')), Collectors.counting()));
    assertThat(byConversation).containsEntry("altman-2024", 249L).containsKeys("garden", "tea");
    assertThat(all.out().lines().filter(l -> l.startsWith("id\t"))).hasSize(1);
  }

  @Test
  void aDrawFromTheIndexesIsTheDrawFromTheWholeCorporaForTheSameSeed() {
    addBoth();
    for (String seed : List.of("1", "2", "3", "44")) {
      for (String format : List.of("jsonl", "text")) {
        // --min-chars 1 narrows nothing but reads every corpus whole.
        Run.Result whole = run("quotes", "random", "-n", "6", "--seed", seed, "--min-chars", "1", "--format", format);
        Run.Result indexed = run("quotes", "random", "-n", "6", "--seed", seed, "--format", format);
        assertThat(indexed).as("seed %s, %s", seed, format).isEqualTo(whole);
        assertThat(indexed.code()).isZero();
      }
    }
    Run.Result one = run("quotes", "random", "--seed", "5", "--in", "tea", "--in", "garden", "--format", "jsonl");
    assertThat(one).isEqualTo(run("quotes", "random", "--seed", "5", "--in", "tea", "--in", "garden",
        "--max-chars", "100000", "--format", "jsonl"));
  }

  @Test
  void severalConversationsPrintOneJsonArrayWhoseRecordsNameTheirConversation() {
    addBoth();
    Run.Result json = run("quotes", "random", "--in", "garden", "--in", "tea", "-n", "100", "--seed", "2",
        "--format", "json");
    assertThat(json.code()).isZero();
    JsonArray records = JsonParser.parseString(json.out()).getAsJsonArray();
    assertThat(records).hasSizeGreaterThan(2);
    List<String> conversations = records.asList().stream()
        .map(r -> r.getAsJsonObject().get("conversation").getAsString()).distinct().toList();
    assertThat(conversations).containsExactlyInAnyOrder("garden", "tea");
    for (JsonElement element : records) {
      JsonObject record = element.getAsJsonObject();
      String conversation = record.get("conversation").getAsString();
      assertThat(record.get("id").getAsString()).startsWith(conversation + "/q");
      assertThat(record.get("turn").getAsString()).startsWith(conversation + "/").contains(":");
      assertThat(record.get("section").getAsString()).doesNotContain("/");
    }
  }

  @Test
  void oneConversationChosenKeepsItsOwnIdsAndSaysWhichItIs() {
    addBoth();
    JsonObject quote = JsonParser.parseString(run("quotes", "random", "--in", "garden", "--seed", "4", "--json").out())
        .getAsJsonObject();
    assertThat(quote.get("conversation").getAsString()).isEqualTo("garden");
    assertThat(quote.get("id").getAsString()).matches("q[0-9]+");
    assertThat(run("quotes", "random", "--in", "altman-2024", "--seed", "9", "-f", "plain").out())
        .isEqualTo(Run.exec("quotes", "random", "--seed", "9", "-f", "plain").out());
  }

  @Test
  void anUnknownConversationOrOneBesideCorpusIsAUsageError() {
    addBoth();
    assertThat(run("quotes", "random", "--in", "nope")).isEqualTo(new Run.Result(ExitCode.USAGE, "",
        "convo: no conversation named 'nope' in the library\n"));
    assertThat(run("quotes", "random", "--in", "tea", "--corpus", "data/corpus.json")).isEqualTo(
        new Run.Result(ExitCode.USAGE, "",
            "convo: --in and --corpus cannot be combined: --corpus names the one corpus to read\n"));
  }

  @Test
  void aSpeakerOfOneConversationDrawsFromThatOneAlone() {
    addBoth();
    Run.Result sam = run("quotes", "random", "--speaker", "sam", "-n", "100000", "--format", "tsv");
    assertThat(sam.code()).isZero();
    assertThat(sam.out().lines().skip(1)).allMatch(l -> l.startsWith("altman-2024/"));
  }

  @Test
  void quotesShowTakesAnIdQualifiedByItsConversation() {
    addBoth();
    Run.Result drawn = run("quotes", "random", "--in", "tea", "--seed", "1", "--format", "jsonl");
    JsonObject quote = JsonParser.parseString(drawn.out()).getAsJsonObject();
    String id = quote.get("id").getAsString();
    assertThat(id).doesNotContain("/");

    Run.Result shown = run("quotes", "show", "tea/" + id, "--format", "jsonl");
    assertThat(shown.err()).isEmpty();
    JsonObject record = JsonParser.parseString(shown.out()).getAsJsonObject();
    assertThat(record.get("id").getAsString()).isEqualTo("tea/" + id);
    assertThat(record.get("turn").getAsString()).isEqualTo("tea/" + quote.get("turn").getAsString());
    assertThat(record.get("conversation").getAsString()).isEqualTo("tea");
    assertThat(record.get("text")).isEqualTo(quote.get("text"));

    Run.Result context = run("quotes", "show", "tea/" + id, "--context", "--format", "plain");
    assertThat(context.out()).contains("tea/" + quote.get("turn").getAsString() + " ");
    assertThat(run("quotes", "show", "nosuch/q1").err())
        .isEqualTo("convo: no conversation named 'nosuch' in the library\n");
    assertThat(run("quotes", "show", "tea/q999").err()).startsWith("convo: unknown quote 'tea/q999' (quotes: ");
    assertThat(run("--corpus", data.resolve("convo/library/tea.json").toString(), "quotes", "show", "tea/" + id)
        .err()).isEqualTo("convo: 'tea/" + id + "' names a conversation of the library, which --corpus leaves out:"
            + " --corpus names the one corpus to read\n");
  }
}
