package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesCommandTest {
  @Test
  void randomPrintsOneAttributedKeyQuote() {
    Run.Result result = Run.exec("quotes", "random", "--editors", "--seed", "1");
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(
        "q6 我们很快就会回顾 GPT-4，就像我们现在回顾 GPT-3 一样。 — Sam Altman, 关于 GPT-4 (4:14),"
            + " editor's #7\n");
  }

  @Test
  void theSameSeedGivesTheSameQuotesAndAnotherSeedOthers() {
    String first = Run.exec("quotes", "random", "--seed", "7", "-n", "4").out();
    assertThat(Run.exec("quotes", "random", "--seed", "7", "-n", "4").out()).isEqualTo(first);
    assertThat(first.lines()).hasSize(4).doesNotHaveDuplicates();
    List<String> others = List.of("1", "2", "3").stream()
        .map(seed -> Run.exec("quotes", "random", "--seed", seed, "-n", "4").out()).toList();
    assertThat(others).anyMatch(other -> !other.equals(first));
  }

  @Test
  void nLargerThanThePoolPrintsEveryQuoteOnce() {
    Run.Result result = Run.exec("quotes", "random", "--editors", "-n", "50", "--seed", "3");
    assertThat(result.out().lines().map(l -> l.substring(0, l.indexOf(' '))).sorted())
        .containsExactly("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9");
    Run.Result all = Run.exec("quotes", "random", "-n", "1000", "--seed", "3");
    assertThat(all.out().lines().map(l -> l.substring(0, l.indexOf(' ')))).hasSize(249).doesNotHaveDuplicates();
  }

  /** The draw is from every quote, curated ones too, and --editors keeps the editor's choices. */
  @Test
  void randomDrawsFromAllQuotesAndEditorsOnlyFromTheKeyQuotes() {
    List<String> drawn = Run.exec("quotes", "random", "-n", "40", "--seed", "9").out().lines()
        .map(l -> l.substring(0, l.indexOf(' '))).toList();
    assertThat(drawn).hasSize(40).anyMatch(id -> Integer.parseInt(id.substring(1)) >= 10);
    assertThat(Run.exec("quotes", "random", "--editors", "-n", "40", "--seed", "9").out().lines())
        .hasSize(9).allMatch(l -> l.matches("q[1-9] .*"));
    Run.Result both = Run.exec("quotes", "random", "--editors", "--any");
    assertThat(both.code()).isEqualTo(ExitCode.USAGE);
    assertThat(both.err()).startsWith("convo: --any and --editors cannot be combined");
  }

  /** Lex's questions, GPT-5 and Q* had no key quote; the curated quotes cover them. */
  @Test
  void speakerTopicAndSectionFiltersFindQuotes() {
    Run.Result lex = Run.exec("quotes", "random", "--speaker", "lex", "--seed", "1", "--format", "jsonl");
    assertThat(lex.code()).isZero();
    assertThat(JsonParser.parseString(lex.out()).getAsJsonObject().get("speaker").getAsString()).isEqualTo("lex");
    Run.Result gpt5 = Run.exec("quotes", "list", "--topic", "gpt-5", "--format", "jsonl");
    assertThat(gpt5.code()).isZero();
    assertThat(gpt5.out().lines()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(line -> assertThat(
        JsonParser.parseString(line).getAsJsonObject().getAsJsonArray("topics").toString()).contains("\"gpt-5\""));
    assertThat(gpt5.out()).contains("\"turn\":\"4:2\"");
    Run.Result qStar = Run.exec("quotes", "list", "--section", "q-star", "--format", "tsv");
    assertThat(qStar.out().lines().skip(1)).hasSizeGreaterThanOrEqualTo(3)
        .allMatch(l -> l.split("\t")[2].equals("6"));
    assertThat(Run.exec("quotes", "list", "--speaker", "lex").out().lines()).hasSizeGreaterThanOrEqualTo(25);
  }

  @Test
  void jsonlRecordsSayWhereAQuoteComesFrom() {
    Run.Result result = Run.exec("quotes", "list", "--format", "jsonl");
    List<JsonObject> records = result.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    assertThat(records).hasSize(249);
    assertThat(records).filteredOn(r -> r.get("origin").getAsString().equals("bold")).hasSize(9);
    assertThat(records).filteredOn(r -> r.get("origin").getAsString().equals("curated")).hasSize(240)
        .allMatch(r -> r.get("rank").isJsonNull() && !r.get("emphasised").getAsBoolean()
            && !r.getAsJsonArray("topics").isEmpty());
    JsonObject q7 = records.stream().filter(r -> r.get("id").getAsString().equals("q7")).findFirst().orElseThrow();
    assertThat(q7.get("rank").getAsInt()).isEqualTo(1);
    assertThat(q7.getAsJsonArray("topics").toString()).contains("\"compute\"");
  }

  @Test
  void dailyIsStableWithinADayAndFollowsTheDate() {
    LocalDate day = LocalDate.of(2026, 1, 1);
    String first = Run.pipe().today(day).run("quotes", "random", "--daily").out();
    assertThat(Run.pipe().today(day).run("quotes", "random", "--daily").out()).isEqualTo(first);
    List<String> week = day.datesUntil(day.plusDays(7))
        .map(d -> Run.pipe().today(d).run("quotes", "random", "--daily").out()).toList();
    assertThat(week).hasSize(7).anyMatch(q -> !q.equals(first));
    assertThat(first).isEqualTo(Run.exec("quotes", "random", "--seed",
        Long.toString(day.toEpochDay())).out());
  }

  @Test
  void filtersBySpeakerSectionAndLengthInCharacters() {
    Run.Result sam = Run.exec("quotes", "list", "--editors", "--speaker", "SAM");
    assertThat(sam.out().lines()).hasSize(9);
    Run.Result section = Run.exec("quotes", "list", "--editors", "--section", "compute");
    assertThat(section.out().lines().map(l -> l.substring(0, 2))).containsExactly("q7", "q8");
    Run.Result shortOnes = Run.exec("quotes", "list", "--editors", "--max-chars", "20", "--format", "tsv");
    assertThat(shortOnes.out().lines().skip(1).map(l -> l.split("\t")[0]))
        .containsExactly("q4", "q5", "q8");
    assertThat(shortOnes.out().lines().skip(1).map(l -> Integer.parseInt(l.split("\t")[7])))
        .allMatch(n -> n <= 20);
    Run.Result exact = Run.exec("quotes", "list", "--editors", "--min-chars", "20", "--max-chars", "20");
    assertThat(exact.out().lines().map(l -> l.substring(0, 2))).containsExactly("q5", "q8");
    Run.Result allShort = Run.exec("quotes", "list", "--max-chars", "20", "--format", "tsv");
    assertThat(allShort.out().lines().skip(1).map(l -> Integer.parseInt(l.split("\t")[7])))
        .hasSizeGreaterThan(3).allMatch(n -> n <= 20);
  }

  @Test
  void topicFilterKeepsQuotesOfTheTopic() {
    Run.Result result = Run.exec("quotes", "random", "--editors", "--topic", "算力", "-n", "9", "--seed", "1");
    assertThat(result.out().lines().map(l -> l.substring(0, 2)).sorted()).containsExactly("q7", "q8");
  }

  @Test
  void anyDrawsSentencesWithTurnBasedIds() {
    Run.Result result = Run.exec("quotes", "random", "--any", "--seed", "5", "-n", "3", "--format", "jsonl");
    assertThat(result.out().lines()).hasSize(3).allSatisfy(line -> {
      JsonObject record = JsonParser.parseString(line).getAsJsonObject();
      assertThat(record.get("type").getAsString()).isEqualTo("quote");
      assertThat(record.get("id").getAsString()).matches("[0-9a-z]+:[0-9]+/[0-9]+");
      assertThat(record.get("rank").isJsonNull()).isTrue();
    });
  }

  @Test
  void aSentenceCanBeShownByItsId() {
    Run.Result result = Run.exec("quotes", "show", "7:2/1");
    assertThat(result.out()).isEqualTo("7:2/1 我不知道。 — Sam Altman, 关于 GPT-5 (7:2)\n");
  }

  @Test
  void noMatchExitsOne() {
    Run.Result result = Run.exec("quotes", "random", "--editors", "--speaker", "lex");
    assertThat(result.code()).isEqualTo(ExitCode.NO_MATCH);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("convo: no key quote matches these filters\n");
    Run.Result none = Run.exec("quotes", "list", "--section", "aliens", "--speaker", "lex", "--min-chars", "149");
    assertThat(none.code()).isEqualTo(ExitCode.NO_MATCH);
    assertThat(none.err()).isEqualTo("convo: no quote matches these filters\n");
  }

  @Test
  void badCombinationsAreUsageErrors() {
    assertThat(Run.exec("quotes", "random", "--daily", "--seed", "1").err())
        .isEqualTo("convo: --daily and --seed cannot be combined (see 'convo quotes random --help')\n");
    Run.Result range = Run.exec("quotes", "random", "--min-chars", "30", "--max-chars", "10");
    assertThat(range.code()).isEqualTo(ExitCode.USAGE);
    assertThat(range.err()).startsWith("convo: --min-chars 30 is more than --max-chars 10");
    assertThat(Run.exec("quotes", "random", "-n", "0").code()).isEqualTo(ExitCode.USAGE);
    Run.Result speaker = Run.exec("quotes", "random", "--speaker", "bob");
    assertThat(speaker.code()).isEqualTo(ExitCode.USAGE);
    assertThat(speaker.err()).isEqualTo("convo: unknown speaker 'bob' (expected lex or sam)\n");
  }

  @Test
  void listShowsRanksInReadingOrder() {
    Run.Result result = Run.exec("quotes", "list", "--editors");
    assertThat(result.out().lines()).hasSize(9);
    assertThat(result.out().lines().findFirst().orElseThrow()).isEqualTo(
        "q1 通向 AGI 的道路应该是一场巨大的权力斗争 — Sam Altman, OpenAI 董事会风波 (1:4), editor's #2");
    assertThat(result.out().lines().toList().get(8)).doesNotContain("editor's");
  }

  @Test
  void showFindsAQuoteCaseInsensitively() {
    Run.Result result = Run.exec("quotes", "show", "Q7", "--format", "markdown");
    assertThat(result.out()).isEqualTo("""
        > 我认为计算能力将成为未来的货币，我认为它可能成为世界上最珍贵的商品
        >
        > — **Sam Altman**, 关于7万亿美元的计算能力 (8:8)
        """);
  }

  @Test
  void showWithContextPrintsTheTurnWithTheQuoteEmphasised() {
    Run.Result result = Run.terminal().size(60, 100).run("quotes", "show", "q1", "--context");
    assertThat(result.out()).isEqualTo(Run.golden("quotes-show-q1-context.txt", result.out()));
    assertThat(result.out()).contains("\u001b[1m通向 AGI 的道路应该是一场巨大的权力斗争\u001b[0m");
  }

  @Test
  void unknownQuoteIsAUsageError() {
    Run.Result result = Run.exec("quotes", "show", "q999");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo(
        "convo: unknown quote 'q999' (quotes: q1 to q249; see 'convo quotes list')\n");
  }

  @Test
  void jsonPrintsAnObjectForOneQuoteAndAnArrayForSeveral() {
    JsonObject one = JsonParser.parseString(Run.exec("quotes", "random", "--json", "--seed", "2").out())
        .getAsJsonObject();
    assertThat(one.get("type").getAsString()).isEqualTo("quote");
    assertThat(JsonParser.parseString(Run.exec("quotes", "random", "--json", "-n", "1").out()).isJsonArray())
        .isTrue();
  }

  @Test
  void textGolden() {
    Run.Result result = Run.terminal().size(50, 1000).run("quotes", "list", "--editors");
    assertThat(result.out()).isEqualTo(Run.golden("quotes-list.txt", result.out()));
  }

  @Test
  void quotesAloneDrawsARandomKeyQuoteAsFortuneDoes() {
    List<String> keyQuotes = Run.exec("quotes", "list").out().lines().toList();
    java.util.Set<String> drawn = new java.util.HashSet<>();
    for (int i = 0; i < 20; i++) {
      Run.Result result = Run.exec("quotes");
      assertThat(result.code()).as(result.err()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out().lines()).singleElement().isIn(keyQuotes);
      drawn.add(result.out());
    }
    assertThat(drawn).as("random draws").hasSizeGreaterThan(1);
    assertThat(Run.terminal().env("NO_COLOR", "1").run("quotes").out()).startsWith("“").containsPattern(" · q\\d+");
  }

  @Test
  void quotesHelpStillListsTheSubcommands() {
    Run.Result result = Run.exec("quotes", "--help");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("Usage: convo quotes").contains("random").contains("list");
  }
}
