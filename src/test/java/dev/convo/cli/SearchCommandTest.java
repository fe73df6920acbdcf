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
    assertThat(ids(phrase)).containsExactly("4:3", "4:21");
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
    assertThat(records.get(0).get("score").getAsInt()).isEqualTo(4);
    assertThat(records.get(0).getAsJsonArray("matches")).hasSize(2);
    assertThat(records.get(1).getAsJsonArray("matches").size()).isGreaterThan(2);
    assertThat(records.get(1).get("score").getAsInt()).isLessThan(4);
  }

  @Test
  void tiesKeepReadingOrder() {
    Run.Result result = Run.exec("search", "核", "--format", "tsv");
    List<String[]> rows = result.out().lines().skip(1).map(l -> l.split("\t")).toList();
    for (int i = 1; i < rows.size(); i++) {
      int before = Integer.parseInt(rows.get(i - 1)[1]);
      int score = Integer.parseInt(rows.get(i)[1]);
      assertThat(score).isLessThanOrEqualTo(before);
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
}
