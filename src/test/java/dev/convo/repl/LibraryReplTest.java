package dev.convo.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.library.Library;
import dev.convo.text.Env;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL over a library holding the bundled interview and a small transcript added as
 * {@code tea}: commands cover both as one-shot commands do, {@code use} narrows the session to one,
 * reading goes on in the conversation a qualified id names, and the prompt says where reading is.
 */
class LibraryReplTest {
  private static final Path TEA = Path.of("src/test/resources/transcripts/tea.zh.md");

  @TempDir Path data;
  private Env pipe;
  private Corpus tea;

  @BeforeEach
  void addTea() throws Exception {
    pipe = Env.fixed(Map.of("XDG_DATA_HOME", data.toString()), false, 80, 24, Fixture.TODAY, (c, t) -> false);
    Library library = Library.of(pipe);
    library.add(TEA, "tea", null);
    tea = library.corpus("tea");
  }

  private Fixture.Result repl(String script, String... before) {
    String[] args = Arrays.copyOf(before, before.length + 1);
    args[before.length] = "repl";
    return Fixture.run(pipe, script, args);
  }

  private String cli(String... args) {
    Fixture.Result result = Fixture.cli(pipe, args);
    assertThat(result.code()).as("convo %s", String.join(" ", args)).isZero();
    return result.out();
  }

  /** The REPL on a dumb terminal: a prompt before each line read, and no line editing. */
  private String prompts(String script) {
    Env dumb = Env.fixed(Map.of("XDG_DATA_HOME", data.toString(), "TERM", "dumb"), true, 80, 24,
        Fixture.TODAY, (c, t) -> false);
    Fixture.Result result = Fixture.run(dumb, script, "repl");
    assertThat(result.err()).isEmpty();
    return result.out();
  }

  private Turn tea(String id) {
    return tea.turn(id).orElseThrow();
  }

  @Test
  void commandsCoverTheWholeLibraryAsOneShotCommandsDo() {
    Fixture.Result result = repl("search 水\nquotes random --seed 7 -n 6 --format jsonl\n");

    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(cli("search", "水") + cli("quotes", "random", "--seed", "7", "-n", "6",
        "--format", "jsonl"));
    assertThat(result.out()).contains("tea/1:2", "altman-2024/");
  }

  @Test
  void useNarrowsTheSessionToOneConversationAsInDoes() {
    Fixture.Result result = repl("use tea\nsearch 水\nquotes random --seed 7 -n 2\nshow 1:1\nquotes show q1\n");

    assertThat(result.err()).isEmpty();
    String bareTurn = cli("show", "tea/1:1").replace("tea/1:1", "1:1");
    String bareQuote = cli("quotes", "show", "tea/q1").replace("tea/", "");
    assertThat(result.out()).isEqualTo(cli("search", "水", "--in", "tea")
        + cli("quotes", "random", "--seed", "7", "-n", "2", "--in", "tea") + bareTurn + bareQuote);
  }

  @Test
  void anInGivenWithACommandStillWins() {
    Fixture.Result result = repl("use tea\nsearch 计算能力 --in altman-2024 -n 2\n");

    assertThat(result.out()).isEqualTo(cli("search", "计算能力", "--in", "altman-2024", "-n", "2"));
  }

  @Test
  void useAloneSaysWhichIsInUseAndUseAllWidensAgain() {
    Fixture.Result result = repl("use\nuse tea\nuse\nuse all\nuse\nsearch 水\n");

    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo("all: the whole library\ntea\nall: the whole library\n" + cli("search", "水"));
  }

  @Test
  void anUnknownNameIsOneLineNamingItAndLeavesTheSessionAsItWas() {
    Fixture.Result result = repl("use tea\nuse nosuch\nuse\nsearch 水\n");

    assertThat(result.err()).isEqualTo("convo: no conversation named 'nosuch' in the library\n");
    assertThat(result.out()).isEqualTo("tea\n" + cli("search", "水", "--in", "tea"));
  }

  @Test
  void withOnlyTheBundledInterviewUseOfItChangesNothingElse(@TempDir Path empty) {
    Env bare = Env.fixed(Map.of("XDG_DATA_HOME", empty.toString()), false, 80, 24, Fixture.TODAY, (c, t) -> false);
    String script = "search 计算能力 --format jsonl\nquotes random --seed 3 -n 2\nopen 7:3\nnext\nwhere\n";

    Fixture.Result used = Fixture.run(bare, "use altman-2024\nuse\n" + script, "repl");
    Fixture.Result plain = Fixture.run(bare, script, "repl");

    assertThat(used.err()).isEmpty();
    assertThat(plain.out()).doesNotContain("altman-2024");
    assertThat(used.out()).isEqualTo("altman-2024\n" + plain.out().replace("in the interview",
        "in conversation altman-2024"));
  }

  @Test
  void openOfAQualifiedIdReadsOnInThatConversation() {
    Fixture.Result result = repl("open tea/1:2\nnext\nprev\nwhere\nmore\n");

    assertThat(result.err()).isEmpty();
    List<Turn> turns = tea.turns();
    int second = turns.indexOf(tea("1:2"));
    String where = "tea/1:2 · 茶人 · turn 2 of 2 in section 1 " + tea.sectionOf(tea("1:2")).title()
        + " · " + (second + 1) + " of " + turns.size() + " in conversation tea\n";
    List<String> page = turns.subList(second + 1, Math.min(turns.size(), second + 1 + Session.PAGE_TURNS))
        .stream().map(t -> "tea/" + t.id()).toList();
    assertThat(page).isNotEmpty();
    assertThat(result.out()).isEqualTo(cli("show", "tea/1:2") + cli("show", "tea/" + turns.get(second + 1).id())
        + cli("show", "tea/1:2") + where + cli(Stream.concat(Stream.of("show"), page.stream()).toArray(String[]::new)));
  }

  @Test
  void pastTheLastHitNextReadsOnInTheWholeConversation() {
    assertThat(cli("search", "八十度", "--ids").lines().toList()).containsExactly("tea/1:2");

    Fixture.Result result = repl("search 八十度 --ids\nnext\nnext\nnext\n");

    assertThat(result.out().lines().map(line -> line.split(" ")[0])).containsExactly("tea/1:2", "tea/1:2", "tea/2:1");
    assertThat(result.err()).isEqualTo("convo: that was the last of 1 hits; next reads on in conversation tea now\n");
  }

  @Test
  void afterASearchAcrossTheLibraryNextStepsThroughTheHitsInTheOrderPrinted() {
    List<String> ids = cli("search", "水", "--ids").lines().toList();
    assertThat(ids).anyMatch(id -> id.startsWith("tea/")).anyMatch(id -> id.startsWith("altman-2024/"));

    Fixture.Result result = repl("search 水 --ids\n" + "next\n".repeat(ids.size()) + "prev\nwhere\n");

    List<String> read = result.out().lines().skip(ids.size()).toList();
    assertThat(read.subList(0, ids.size())).extracting(line -> line.split(" ")[0]).containsExactlyElementsOf(ids);
    assertThat(read.get(ids.size())).startsWith(ids.get(ids.size() - 2) + " ");
    String previous = ids.get(ids.size() - 2);
    assertThat(read.get(ids.size() + 1)).startsWith("hit " + (ids.size() - 1) + " of " + ids.size() + " for 水 · "
        + previous + " · ").endsWith(" in conversation " + previous.substring(0, previous.indexOf('/')));
  }

  @Test
  void showAndQuotesShowOfAnotherConversationLeaveReadingThere() {
    Fixture.Result result = repl("show tea/1:1\nnext\nquotes show tea/q1\nnext\n");

    assertThat(result.err()).isEmpty();
    String quoted = tea.quotes().get(0).turn();
    Turn afterQuote = tea.turns().get(tea.turns().indexOf(tea(quoted)) + 1);
    assertThat(result.out()).isEqualTo(cli("show", "tea/1:1") + cli("show", "tea/1:2")
        + cli("quotes", "show", "tea/q1") + cli("show", "tea/" + afterQuote.id()));
  }

  @Test
  void thePromptNamesTheConversationWhenNarrowedOrOutsideTheBundledInterview() {
    String screen = prompts("use tea\nnext\nsearch 水\nnext\nuse all\nopen 7:3\nopen tea/2:1\n");

    assertThat(screen).contains("convo> ", "convo tea> ", "convo tea 1:1> ", "convo tea 1:1 2 hits> ",
        "convo tea 1:2 hit 1/2> ", "convo 7:3> ", "convo tea 2:1> ");
  }

  @Test
  void useAllKeepsReadingWhereItWasNowNamedByItsConversation() {
    Fixture.Result result = repl("use tea\nopen 1:2\nuse all\nnext\nwhere\n");

    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(cli("show", "tea/1:2").replace("tea/", "") + cli("show", "tea/2:1")
        + "tea/2:1 · 主持人 · turn 1 of 2 in section 2 " + tea.sectionOf(tea("2:1")).title() + " · 3 of "
        + tea.turns().size() + " in conversation tea\n");
  }

  @Test
  void useNarrowedToAnotherConversationStartsReadingThere() {
    Fixture.Result result = repl("open 7:3\nuse tea\nnext\n");

    assertThat(result.out()).endsWith(cli("show", "tea/" + tea.turns().get(0).id()).replace("tea/", ""));
  }

  @Test
  void aCorpusGivenLeavesTheLibraryOutOfTheRepl() {
    Fixture.Result result = repl("use tea\nopen tea/1:1\nuse\n", "--corpus",
        data.resolve("convo/library/tea.json").toString());

    assertThat(result.err()).isEqualTo("convo: the REPL reads only the corpus --corpus names: the library is left out\n"
        + "convo: 'tea/…' names a conversation of the library, which --corpus leaves out: --corpus names the one"
        + " corpus to read\n");
    assertThat(result.out()).isEqualTo("the corpus --corpus names, without the library\n");
  }
}
