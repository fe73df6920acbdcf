package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search} and {@code show} over the conversations of the library. */
class SearchAcrossLibraryTest {
  private static final String TEA = "src/test/resources/transcripts/tea.zh.md";

  @TempDir Path data;

  private Run.Result run(String... args) {
    return Run.pipe().env("XDG_DATA_HOME", data.toString()).run(args);
  }

  private void addTea() {
    assertThat(run("library", "add", TEA, "--name", "tea").code()).isZero();
  }

  @Test
  void withNothingAddedSearchIsTheBundledInterviewsAsBefore() {
    assertThat(run("search", "计算能力", "--format", "jsonl")).isEqualTo(Run.exec("search", "计算能力", "--format", "jsonl"));
  }

  @Test
  void searchFindsInEveryConversationWithQualifiedIdsEachRankedOnItsOwn() {
    addTea();
    List<String> bundled = Run.exec("search", "的", "-l").out().lines().toList();
    List<String> tea = run("search", "的", "-l", "--in", "tea").out().lines().toList();
    List<String> all = run("search", "的", "-l").out().lines().toList();
    List<String> expected = new java.util.ArrayList<>(bundled.stream().map(id -> "altman-2024/" + id).toList());
    tea.forEach(id -> expected.add("tea/" + id));
    assertThat(all).isEqualTo(expected);
    assertThat(tea).isNotEmpty().allMatch(id -> !id.contains("/"));
    assertThat(run("search", "的", "-c").out()).isEqualTo((bundled.size() + tea.size()) + "\n");
  }

  @Test
  void jsonOfSeveralConversationsIsOneArrayAndLimitCountsAcrossThem() {
    addTea();
    JsonArray hits = JsonParser.parseString(run("search", "茶", "的", "--json").out()).getAsJsonArray();
    assertThat(hits).isNotEmpty();
    for (var hit : hits) {
      JsonObject record = hit.getAsJsonObject();
      assertThat(record.get("id").getAsString()).startsWith(record.get("conversation").getAsString() + "/");
    }
    assertThat(run("search", "的", "-l", "-n", "3").out().lines()).hasSize(3);
    assertThat(run("search", "的", "--format", "tsv").out().lines().filter(l -> l.startsWith("id\t"))).hasSize(1);
  }

  @Test
  void aLibraryLargeEnoughForTwoThreadsPrintsWhatOneThreadPrints() throws Exception {
    for (int i = 1; i <= 9; i++) {
      assertThat(run("library", "add", TEA, "--name", "tea-" + i).code()).isZero();
    }
    // Without a limit ten conversations are searched on two threads; with one, in order on one.
    Run.Result both = run("search", "的", "--format", "jsonl");
    assertThat(both).isEqualTo(run("search", "的", "--format", "jsonl", "--limit", "1000000"));
    List<String> order = both.out().lines()
        .map(line -> JsonParser.parseString(line).getAsJsonObject().get("conversation").getAsString())
        .distinct().toList();
    assertThat(order).containsExactly("altman-2024", "tea-1", "tea-2", "tea-3", "tea-4", "tea-5", "tea-6",
        "tea-7", "tea-8", "tea-9");
    assertThat(run("search", "的", "--speaker", "sam", "-c"))
        .isEqualTo(run("search", "的", "--speaker", "sam", "-c", "--limit", "1000000"));
    java.nio.file.Files.writeString(data.resolve("convo/library/tea-5.json"), "{ not a corpus");
    Run.Result damaged = run("search", "的", "-l");
    assertThat(damaged.code()).isNotZero();
    assertThat(damaged.err()).contains("tea-5.json");
    assertThat(damaged).isEqualTo(run("search", "的", "-l", "--limit", "1000000"));
  }

  @Test
  void nothingFoundAnywhereExitsOne() {
    addTea();
    assertThat(run("search", "zzqx")).isEqualTo(new Run.Result(ExitCode.NO_MATCH, "",
        "convo: no turn matches zzqx in the library\n"));
  }

  @Test
  void showReadsAConversationByItsNameAndABareReferenceTheBundledInterview() {
    addTea();
    String bareTurn = Run.exec("show", "7:3", "-f", "plain").out();
    assertThat(run("show", "7:3", "-f", "plain").out()).isEqualTo(bareTurn);
    assertThat(run("show", "altman-2024/7:3", "-f", "plain").out()).isEqualTo("altman-2024/" + bareTurn);
    String tea = run("show", "tea/1:1", "-f", "plain").out();
    assertThat(tea).startsWith("tea/1:1 ");
    assertThat(tea.substring("tea/".length())).isEqualTo(run("show", "1:1", "-f", "plain", "--corpus", teaCorpus()).out());
    assertThat(run("show", "nope/1:1")).isEqualTo(new Run.Result(ExitCode.USAGE, "",
        "convo: no conversation named 'nope' in the library\n"));
  }

  @Test
  void tsvOfATimedConversationBesideUntimedOnesIsOneTableWithATimeColumn() {
    addTea();
    assertThat(run("library", "add", "src/test/resources/transcripts/kettle.podcast.md", "--name", "kettle").code())
        .isZero();
    for (String[] args : List.of(new String[] {"show", "1:1", "kettle/1:1", "-f", "tsv"},
        new String[] {"search", "--regex", "的|water", "-f", "tsv"})) {
      List<String> lines = run(args).out().lines().toList();
      assertThat(lines.get(0)).as(String.join(" ", args)).startsWith("id\ttime\t");
      assertThat(lines).as(String.join(" ", args)).hasSizeGreaterThan(2)
          .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSameSizeAs(lines.get(0).split("\t", -1)));
      assertThat(lines).anySatisfy(l -> assertThat(l).matches("kettle/1:1\t00:00:05\t.*"))
          .anySatisfy(l -> assertThat(l).matches("(altman-2024/)?[0-9a-z]+:[0-9]+\t\t.*"));
    }
  }

  private String teaCorpus() {
    return data.resolve("convo/library/tea.json").toString();
  }
}
