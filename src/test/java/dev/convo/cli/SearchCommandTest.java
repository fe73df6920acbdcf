package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCommandTest {
  private static List<String> ids(Run.Result result) {
    return result.out().lines().map(l -> l.substring(0, l.indexOf(' '))).toList();
  }

  @Test
  void chineseMatchesAsASubstring() {
    Run.Result result = Run.exec("search", "核聚变");
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("8:9 Lex (关于7万亿美元的计算能力): 你如何解决能源难题？核聚变？\n");
  }

  @Test
  void fullWidthAndCaseAreFolded() {
    assertThat(Run.exec("search", "ＧＰＴ－４").out()).isEqualTo(Run.exec("search", "gpt-4").out())
        .isNotEmpty();
  }

  @Test
  void latinTermsStartAtAWordBoundary() {
    Run.Result result = Run.exec("search", "ai", "--format", "jsonl");
    assertThat(result.out().lines()).isNotEmpty().allSatisfy(line -> {
      JsonObject record = JsonParser.parseString(line).getAsJsonObject();
      for (var match : record.getAsJsonArray("matches")) {
        assertThat(match.getAsJsonObject().get("text").getAsString()).isEqualToIgnoringCase("ai");
      }
      assertThat(record.get("text").getAsString().replaceAll("(?i)openai", "")).containsIgnoringCase("ai");
    });
  }

  @Test
  void allWordsMustMatch() {
    Run.Result both = Run.exec("search", "GPT", "开源", "--format", "tsv");
    assertThat(both.out().lines().skip(1)).isNotEmpty()
        .allSatisfy(l -> assertThat(l.split("\t")[7]).contains("GPT").contains("开源"));
    assertThat(Run.exec("search", "核聚变", "Google").code()).isEqualTo(ExitCode.NO_MATCH);
  }

  @Test
  void quotedPhrasesMatchExactly() {
    Run.Result phrase = Run.exec("search", "\"GPT-4 Turbo\"");
    assertThat(ids(phrase)).containsExactly("4:21", "4:3");
    assertThat(Run.exec("search", "GPT-4 Turbo").out()).isEqualTo(phrase.out());
    Run.Result words = Run.exec("search", "GPT-4", "Turbo");
    assertThat(ids(words)).contains("4:3");
  }

  @Test
  void keyQuoteMatchesRankFirst() {
    Run.Result result = Run.exec("search", "GPT-4", "--format", "jsonl", "--limit", "2");
    List<JsonObject> records = result.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    assertThat(records.get(0).get("id").getAsString()).isEqualTo("4:14");
    assertThat(records.get(0).getAsJsonArray("quotes").toString()).contains("q6");
    assertThat(records.get(0).getAsJsonArray("matches")).hasSize(2);
    assertThat(records.get(1).get("score").getAsDouble()).isLessThan(records.get(0).get("score").getAsDouble());
  }

  @Test
  void tiesKeepReadingOrder() {
    Run.Result result = Run.exec("search", "核", "--format", "tsv");
    List<String[]> rows = result.out().lines().skip(1).map(l -> l.split("\t")).toList();
    for (int i = 1; i < rows.size(); i++) {
      double before = Double.parseDouble(rows.get(i - 1)[1]);
      double score = Double.parseDouble(rows.get(i)[1]);
      assertThat(score).isLessThanOrEqualTo(before);
      if (score == before) {
        assertThat(Run.exec("show", rows.get(i - 1)[0], rows.get(i)[0]).out().lines().map(l -> l.split(" ")[0]))
            .containsExactly(rows.get(i - 1)[0], rows.get(i)[0]);
      }
    }
  }

  @Test
  void filtersAndLimit() {
    assertThat(ids(Run.exec("search", "GPT", "--speaker", "lex"))).allSatisfy(id ->
        assertThat(Run.exec("show", id).out()).contains(" Lex: "));
    assertThat(ids(Run.exec("search", "GPT", "--section", "7"))).allMatch(id -> id.startsWith("7:"));
    assertThat(ids(Run.exec("search", "GPT", "--topic", "q-star"))).allMatch(id -> id.startsWith("6:"));
    assertThat(Run.exec("search", "GPT", "--limit", "2").out().lines()).hasSize(2);
  }

  @Test
  void regexMatchesTheTextAsWritten() {
    Run.Result result = Run.exec("search", "--regex", "GPT-[45]", "--format", "json");
    JsonArray records = JsonParser.parseString(result.out()).getAsJsonArray();
    assertThat(records).isNotEmpty();
    for (var record : records) {
      for (var match : record.getAsJsonObject().getAsJsonArray("matches")) {
        assertThat(match.getAsJsonObject().get("text").getAsString()).matches("GPT-[45]");
      }
    }
  }

  @Test
  void badRegexIsAUsageError() {
    Run.Result result = Run.exec("search", "--regex", "(");
    assertThat(result.code()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo("convo: bad regular expression '(': Unclosed group\n");
  }

  @Test
  void nothingMatchingExitsOneLikeGrep() {
    Run.Result result = Run.exec("search", "量子引力");
    assertThat(result.code()).isEqualTo(ExitCode.NO_MATCH);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("convo: no turn matches 量子引力\n");
    assertThat(Run.exec("search", "量子引力", "--json").out()).isEqualTo("[]\n");
  }

  @Test
  void matchOffsetsCountCodePoints() {
    Run.Result result = Run.exec("search", "核聚变", "--format", "jsonl");
    JsonObject record = JsonParser.parseString(result.out()).getAsJsonObject();
    JsonObject match = record.getAsJsonArray("matches").get(0).getAsJsonObject();
    String text = record.get("text").getAsString();
    assertThat(text.substring(match.get("start").getAsInt(), match.get("end").getAsInt())).isEqualTo("核聚变");
  }

  @Test
  void textHighlightsHitsInsideAContextWindow() {
    Run.Result result = Run.terminal().size(60, 1000).run("search", "GPT-4", "--limit", "3");
    assertThat(result.out()).isEqualTo(Run.golden("search-gpt-4.txt", result.out()));
    assertThat(result.out()).contains("\u001b[1;31;4mGPT-4\u001b[0m").contains("\u001b[1;31mGPT-4\u001b[0m");
  }

  @Test
  void fullPrintsWholeTurns() {
    Run.Result result = Run.terminal().env("NO_COLOR", "1").size(60, 1000)
        .run("search", "核聚变", "--full");
    assertThat(result.out()).isEqualTo("""
        8:9 Lex  关于7万亿美元的计算能力
          你如何解决能源难题？核聚变？
        """);
  }

  @Test
  void markdownBoldsHits() {
    Run.Result result = Run.exec("search", "核聚变", "--format", "markdown");
    assertThat(result.out()).isEqualTo(
        "- **8:9** Lex Fridman（关于7万亿美元的计算能力）：你如何解决能源难题？**核聚变**？\n");
  }

  @Test
  void plainJoinsContextWindowsWithOneEllipsis() {
    Run.Result result = Run.exec("search", "GPT-4", "Turbo");
    assertThat(result.out().lines().filter(l -> l.startsWith("4:3 "))).singleElement().asString()
        .doesNotContain("… …").contains("GPT-4 Turbo");
  }

  private static List<JsonObject> records(Run.Result result) {
    return result.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
  }

  private static List<String> matchTexts(Run.Result result) {
    return records(result).stream().flatMap(r -> r.getAsJsonArray("matches").asList().stream())
        .map(m -> m.getAsJsonObject().get("text").getAsString()).toList();
  }

  @Test
  void spacingBetweenChineseAndLatinOrDigitsNeverDecidesAMatch() {
    Run.Result joined = Run.exec("search", "7万亿", "--format", "jsonl");
    assertThat(ids(Run.exec("search", "7万亿"))).isNotEmpty()
        .isEqualTo(ids(Run.exec("search", "7 万亿")));
    assertThat(matchTexts(joined)).isNotEmpty().allMatch(t -> t.equals("7 万亿"));
    Run.Result question = Run.exec("search", "GPT-5什么时候", "--format", "jsonl");
    assertThat(records(question)).extracting(r -> r.get("id").getAsString()).containsExactly("7:1");
    assertThat(matchTexts(question)).containsExactly("GPT-5 什么时候");
    for (JsonObject record : records(question)) {
      JsonObject match = record.getAsJsonArray("matches").get(0).getAsJsonObject();
      String paragraph = record.getAsJsonArray("paragraphs").get(match.get("paragraph").getAsInt()).getAsString();
      assertThat(paragraph.substring(match.get("start").getAsInt(), match.get("end").getAsInt()))
          .isEqualTo("GPT-5 什么时候");
    }
  }

  @Test
  void wordsExpandThroughTheGlossaryAndTheOutputSaysSo() {
    Run.Result typed = Run.exec("search", "计算能力");
    for (String word : List.of("算力", "compute", "Computing Power")) {
      Run.Result expanded = Run.exec("search", word);
      assertThat(expanded.code()).isZero();
      assertThat(ids(expanded)).isEqualTo(ids(typed)).isNotEmpty();
      assertThat(expanded.err()).isEqualTo("convo: also searched: 计算能力\n");
    }
    assertThat(typed.err()).isEmpty();
    assertThat(matchTexts(Run.exec("search", "compute", "--format", "jsonl"))).allMatch(t -> t.equals("计算能力"));
    assertThat(records(Run.exec("search", "compute", "--format", "jsonl")))
        .allMatch(r -> r.getAsJsonArray("matches").get(0).getAsJsonObject().get("expanded").getAsBoolean());
    Run.Result text = Run.terminal().env("NO_COLOR", "1").size(80, 1000).run("search", "算力");
    assertThat(text.out()).startsWith("also: 计算能力\n\n8:8 ");
    assertThat(text.err()).isEmpty();
    for (String word : List.of("chips", "fusion", "board", "lawsuit", "memory")) {
      assertThat(Run.exec("search", word).code()).as(word).isZero();
    }
  }

  @Test
  void exactTurnsExpansionAndFoldingOffAndSaysWhatWouldHaveMatched() {
    Run.Result exact = Run.exec("search", "算力", "--exact");
    assertThat(exact.code()).isEqualTo(ExitCode.NO_MATCH);
    assertThat(exact.out()).isEmpty();
    assertThat(exact.err()).isEqualTo("convo: no turn matches 算力; --exact searches only what was typed:"
        + " convo search 计算能力 finds 2 turns; the closest topic: convo topic compute\n");
    assertThat(Run.exec("search", "計算能力", "--exact").err())
        .contains("--exact searches only what was typed: convo search 计算能力 finds 2 turns");
    assertThat(Run.exec("search", "计算能力", "--exact").out()).isEqualTo(Run.exec("search", "计算能力").out());
  }

  @Test
  void traditionalCharactersFoldToSimplified() {
    assertThat(Run.exec("search", "計算能力").out()).isEqualTo(Run.exec("search", "计算能力").out()).isNotEmpty();
    Run.Result board = Run.exec("search", "董事會", "--format", "jsonl");
    assertThat(ids(Run.exec("search", "董事會"))).isEqualTo(ids(Run.exec("search", "董事会"))).isNotEmpty();
    assertThat(matchTexts(board)).allMatch(t -> t.equals("董事会"));
  }

  @Test
  void turnsMatchingAsTypedRankAboveThoseMatchingOnlyAGlossaryForm() {
    List<JsonObject> records = records(Run.exec("search", "记忆", "--format", "jsonl"));
    List<Boolean> typed = records.stream().map(r -> r.getAsJsonArray("matches").asList().stream()
        .anyMatch(m -> !m.getAsJsonObject().get("expanded").getAsBoolean())).toList();
    assertThat(typed).contains(true, false);
    assertThat(typed.subList(typed.indexOf(false), typed.size())).containsOnly(false);
  }

  @Test
  void phrasesRankAboveScatteredWords() {
    List<Boolean> phrase = Run.exec("search", "OpenAI", "董事会", "--full").out().lines()
        .map(l -> l.contains("OpenAI 董事会") || l.contains("OpenAI董事会")).toList();
    assertThat(phrase).hasSizeGreaterThan(2).contains(true, false);
    assertThat(phrase.subList(phrase.indexOf(false), phrase.size())).containsOnly(false);
  }

  @Test
  void countIdsAndContextAsGrepHasThem() {
    Run.Result plain = Run.exec("search", "GPT");
    int turns = (int) plain.out().lines().count();
    assertThat(Run.exec("search", "GPT", "-c").out()).isEqualTo(turns + "\n");
    assertThat(Run.exec("search", "GPT", "--count", "--json").out()).isEqualTo(turns + "\n");
    assertThat(Run.exec("search", "GPT", "-c", "--format", "tsv").out()).isEqualTo("count\n" + turns + "\n");
    assertThat(Run.exec("search", "GPT", "-l").out().lines().toList()).isEqualTo(ids(plain));
    assertThat(Run.exec("search", "GPT", "--ids", "--format", "jsonl").out().lines().toList())
        .isEqualTo(ids(plain).stream().map(id -> "\"" + id + "\"").toList());
    JsonArray ids = JsonParser.parseString(Run.exec("search", "GPT", "-l", "--json").out()).getAsJsonArray();
    assertThat(ids.asList().stream().map(e -> e.getAsString()).toList()).isEqualTo(ids(plain));
    assertThat(Run.exec("search", "核聚变", "-C", "3").out())
        .isEqualTo("8:9 Lex (关于7万亿美元的计算能力): …难题？核聚变？\n");
    assertThat(Run.exec("search", "核聚变", "--context", "0", "--format", "markdown").out())
        .isEqualTo("- **8:9** Lex Fridman（关于7万亿美元的计算能力）：…**核聚变**…\n");
    Run.Result none = Run.exec("search", "量子引力", "-c");
    assertThat(none.out()).isEqualTo("0\n");
    assertThat(none.code()).isEqualTo(ExitCode.NO_MATCH);
  }

  @Test
  void contradictoryOutputOptionsAreUsageErrors() {
    assertThat(Run.exec("search", "GPT", "-c", "-l").err())
        .startsWith("convo: --count and --ids contradict each other: give one");
    assertThat(Run.exec("search", "GPT", "-l", "--full").code()).isEqualTo(ExitCode.USAGE);
    assertThat(Run.exec("search", "GPT", "--full", "-C", "3").code()).isEqualTo(ExitCode.USAGE);
    assertThat(Run.exec("search", "GPT", "-C", "-1").err()).startsWith("convo: --context must be from 0 to 1000, not -1");
  }

  @Test
  void ignoreCaseAppliesToRegularExpressions() {
    Run.Result folded = Run.exec("search", "--regex", "-i", "gpt-[45]");
    assertThat(folded.out()).isEqualTo(Run.exec("search", "--regex", "GPT-[45]").out()).isNotEmpty();
    assertThat(Run.exec("search", "--regex", "gpt-[45]").code()).isEqualTo(ExitCode.NO_MATCH);
  }

  @Test
  void nothingMatchingSuggestsTheClosestTopic() {
    assertThat(Run.exec("search", "gtp5").err())
        .isEqualTo("convo: no turn matches gtp5; the closest topic: convo topic gpt-5\n");
  }
}
