package dev.convo.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.text.Env;
import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Turn;
import dev.convo.query.Topics;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convo repl} fed from a pipe: what each line prints is what the CLI prints for it. */
class ReplScriptTest {
  private static final Corpus CORPUS = BundledCorpus.get();
  private static final Env PIPE = Fixture.pipe();

  private static Fixture.Result repl(String script) {
    return Fixture.run(PIPE, script, "repl");
  }

  private static String cli(String... args) {
    Fixture.Result result = Fixture.cli(PIPE, args);
    assertThat(result.code()).isZero();
    return result.out();
  }

  @Test
  void printsExactlyWhatTheCliPrints() {
    Fixture.Result result = repl("topic gpt-5\nquit\n");
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(cli("topic", "gpt-5")).isNotEmpty();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aLineCopiedFromAShellWithItsConvoMeansWhatItSaysThere() {
    Fixture.Result result = repl("convo show 7:1 --format jsonl\nquit\n");
    assertThat(result.code()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(cli("show", "7:1", "--format", "jsonl")).isNotEmpty();
  }

  @Test
  void quotedWordsStayOneArgument() {
    Fixture.Result result = repl("search \"GPT-5\" --speaker sam --format jsonl\n");
    assertThat(result.out()).isEqualTo(cli("search", "GPT-5", "--speaker", "sam", "--format", "jsonl"));
  }

  @Test
  void anErrorPrintsTheCliMessageAndTheLoopGoesOn() {
    Fixture.Result bad = Fixture.cli(PIPE, "topic", "gtp5");
    assertThat(bad.code()).isEqualTo(2);
    Fixture.Result result = repl("topic gtp5\nfrobnicate\nstats --format tsv\n");
    assertThat(result.code()).isZero();
    assertThat(result.err().lines().toList()).hasSize(2)
        .first().isEqualTo(bad.err().strip());
    assertThat(result.err().lines().toList().get(1)).startsWith("convo: ").contains("frobnicate");
    assertThat(result.out()).isEqualTo(cli("stats", "--format", "tsv"));
  }

  /** The names of every command the REPL runs, its own (next, open…) and the CLI's. */
  private static List<String> replCommands() {
    java.io.StringWriter sink = new java.io.StringWriter();
    Session session = Fixture.session(new PrintWriter(sink), new PrintWriter(sink), PIPE);
    return session.tree().getSubcommands().values().stream().distinct()
        .map(c -> c.getCommandSpec().name()).toList();
  }

  @Test
  void everyCommandTakesHelp() {
    List<String> commands = replCommands();
    assertThat(commands).contains("open", "next", "prev", "more", "where", "exit", "help", "topic");
    for (String command : commands) {
      Fixture.Result result = repl(command + " --help\n" + command + " -h\n");
      assertThat(result.err()).as(command).isEmpty();
      String usage = result.out().substring(0, result.out().length() / 2);
      assertThat(usage).as(command).startsWith("Usage: convo " + command).contains("Exit codes:");
      assertThat(result.out()).as(command).isEqualTo(usage + usage);
    }
  }

  @Test
  void anErrorPointsToHelpThatTheReplHas() {
    List<String> lines = new java.util.ArrayList<>(List.of("frobnicate"));
    replCommands().forEach(command -> lines.add(command + " --frobnicate"));
    for (String line : lines) {
      Fixture.Result error = repl(line + "\n");
      java.util.regex.Matcher hint = java.util.regex.Pattern.compile("\\(see '([^']*)'\\)$")
          .matcher(error.err().strip());
      assertThat(hint.find()).as("%s: %s", line, error.err()).isTrue();
      assertThat(hint.group(1)).as(line).doesNotStartWith("convo ");

      Fixture.Result help = repl(hint.group(1) + "\n");
      assertThat(help.err()).as("%s → %s", line, hint.group(1)).isEmpty();
      assertThat(help.out()).as("%s → %s", line, hint.group(1)).startsWith("Usage: convo");
    }
  }

  @Test
  void optionsGivenOnOneLineDoNotCarryOverToTheNext() {
    Fixture.Result result = repl("search 核聚变 --full --speaker lex --format tsv --limit 1\n"
        + "search 核聚变\nquotes random --seed 7 --any -n 2\nquotes random --seed 7\nnext 3\nnext\n");
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(
        cli("search", "核聚变", "--full", "--speaker", "lex", "--format", "tsv", "--limit", "1")
            + cli("search", "核聚变")
            + cli("quotes", "random", "--seed", "7", "--any", "-n", "2")
            + cli("quotes", "random", "--seed", "7")
            + cli("show", "1:1-3") + cli("show", "1:4"));
  }

  @Test
  void endOfInputLeavesWithStatusZeroAndBlankLinesAreSkipped() {
    Fixture.Result result = repl("\n  \nsections\n");
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(cli("sections"));
  }

  @Test
  void exitAndQuitStopReading() {
    assertThat(repl("exit\nsections\n").out()).isEmpty();
    assertThat(repl("quit\nsections\n").out()).isEmpty();
  }

  @Test
  void openNextAndPrevReadTurnByTurnAsShowPrintsThem() {
    Fixture.Result result = repl("open 7\nnext\nn 2\nprev\np\n");
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(cli("show", "7:1") + cli("show", "7:2") + cli("show", "7:3-4")
        + cli("show", "7:3") + cli("show", "7:2"));
  }

  @Test
  void openATopicOrATurn() {
    Turn first = new Topics(CORPUS).view(new Topics(CORPUS).find("sora").orElseThrow()).turns().get(0);
    assertThat(repl("open sora\n").out()).isEqualTo(cli("show", first.id()));
    assertThat(repl("open 3:4\nwhere\n").out()).startsWith(cli("show", "3:4") + "3:4 · ");
    Fixture.Result unknown = repl("open nowhere\n");
    assertThat(unknown.err()).isEqualTo(Fixture.cli(PIPE, "show", "nowhere").err());
  }

  @Test
  void readingGoesOnAfterShowTopicAndQuotesShow() {
    assertThat(repl("show 3:2-4\nnext\n").out()).isEqualTo(cli("show", "3:2-4") + cli("show", "3:5"));

    List<Turn> topic = new Topics(CORPUS).view(new Topics(CORPUS).find("gpt-5").orElseThrow()).turns();
    Turn after = CORPUS.turns().get(CORPUS.turns().indexOf(topic.get(topic.size() - 1)) + 1);
    assertThat(repl("topic gpt-5\nnext\n").out())
        .isEqualTo(cli("topic", "gpt-5") + cli("show", after.id()));

    Quote quote = CORPUS.quotes().get(2);
    assertThat(repl("quotes show " + quote.id() + "\nwhere\n").out())
        .isEqualTo(cli("quotes", "show", quote.id()) + where(CORPUS.turn(quote.turn()).orElseThrow()));
  }

  @Test
  void whereNamesTheTurnTheSpeakerAndTheSection() {
    Turn turn = CORPUS.section("7").orElseThrow().turns().get(1);
    assertThat(repl("open 7\nnext\nwhere\n").out()).endsWith(where(turn));
    assertThat(where(turn)).contains(turn.id(), CORPUS.speaker(turn.speaker()).orElseThrow().name(),
        CORPUS.sectionOf(turn).title());
  }

  @Test
  void readingCommandsSayWhenThereIsNothingToRead() {
    Fixture.Result none = repl("where\nprev\n");
    assertThat(none.out()).isEmpty();
    assertThat(none.err().lines()).hasSize(2).allMatch(l -> l.startsWith("convo: nothing read yet"));

    Turn last = CORPUS.turns().get(CORPUS.turns().size() - 1);
    Fixture.Result end = repl("open " + last.id() + "\nnext\nmore\n");
    assertThat(end.err().lines()).containsExactly("convo: that was the last turn of the interview",
        "convo: that was the last turn of the interview");

    assertThat(repl("open 1:1\nprev\n").err()).isEqualTo("convo: that was the first turn of the interview\n");
    assertThat(repl("next 0\n").err()).isEqualTo("convo: N must be at least 1, not 0\n");
  }

  @Test
  void nextBeforeAnythingIsOpenStartsAtTheBeginning() {
    assertThat(repl("next\n").out()).isEqualTo(cli("show", CORPUS.turns().get(0).id()));
  }

  @Test
  void moreReadsAPageOfTurnsFromAPipe() {
    assertThat(repl("open 7\nmore\n").out()).isEqualTo(cli("show", "7:1") + cli("show", "7:2-6"));
  }

  @Test
  void readingCommandsTakeTheCliOutputOptions() {
    assertThat(repl("open 7 --format jsonl\nnext --json\n").out())
        .isEqualTo(cli("show", "7:1", "--format", "jsonl") + cli("show", "7:2", "--json"));
  }

  @Test
  void onADumbTerminalThereIsABannerAndAPromptButNoColour() {
    Env dumb = Fixture.terminal(Map.of("TERM", "dumb"), 80, 24);
    Fixture.Result result = Fixture.run(dumb, "open 7\n\nwhere\n", "repl");
    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith(CORPUS.metadata().title() + "\n" + Banner.HINT + "\nconvo> ")
        .contains("convo 7:1> ", "convo 7:2> 7:2 · ")
        .doesNotContain("\u001b");
    String secondTurn = Fixture.cli(dumb, "show", "7:2").out();
    assertThat(result.out()).contains("convo 7:1> " + secondTurn.substring(secondTurn.indexOf('\n') + 1));
  }

  @Test
  void enterOnAFreshSessionReadsTheFirstTurnWhileAScriptSkipsEmptyLines() {
    Env dumb = Fixture.terminal(Map.of("TERM", "dumb"), 80, 24);
    Turn first = CORPUS.turns().get(0);
    Fixture.Result typed = Fixture.run(dumb, "\nwhere\n", "repl");
    assertThat(typed.err()).isEmpty();
    assertThat(typed.out()).contains(Fixture.cli(dumb, "show", first.id()).out(), "convo " + first.id() + "> " + first.id() + " · ");
    assertThat(repl("\nwhere\n").out()).isEmpty();
  }

  @Test
  void readingOnPrintsASectionHeadingOnlyWhereTheSectionChanges() {
    Env dumb = Fixture.terminal(Map.of("TERM", "dumb"), 80, 30);
    Fixture.Result result = Fixture.run(dumb,
        "open 7:19\nnext\nnext\nn 2\nprev\nmore\nopen 8:2\nprev\nprev\n", "repl");
    assertThat(result.err()).isEmpty();
    // A heading after a prompt shares its line: the command typed is not echoed from a pipe.
    List<String> headings = result.out().lines().filter(l -> l.contains("── "))
        .map(l -> l.substring(l.indexOf("── "))).toList();
    // open 7:19, next into section 8, open 8:2 (open always starts with one), prev back into 7.
    String seven = heading(dumb, "7:19");
    String eight = heading(dumb, "8:1");
    assertThat(headings).containsExactly(seven, eight, eight, seven);
    String turn = Fixture.cli(dumb, "show", "7:20").out();
    assertThat(result.out()).contains("convo 7:19> " + turn.substring(turn.indexOf('\n') + 1) + "convo 7:20> ");
  }

  private static String heading(Env env, String turn) {
    return Fixture.cli(env, "show", turn).out().lines().findFirst().orElseThrow();
  }

  @Test
  void aBadCorpusFailsBeforeTheRepl() {
    Fixture.Result result = Fixture.run(PIPE, "sections\n", "--corpus", "/nonexistent.json", "repl");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("convo: /nonexistent.json: no such file, at $\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void moreFillsATerminalWithThePromptStillInView() {
    Env screen = Fixture.terminal(Map.of("TERM", "xterm"), 100, 30);
    PrintWriter silent = new PrintWriter(Writer.nullWriter());
    Session session = Fixture.session(silent, silent, screen);
    List<Turn> following = CORPUS.turns().subList(0, 40);
    List<Turn> page = session.page(following, screen, () -> 100);
    assertThat(page).isNotEmpty().isEqualTo(following.subList(0, page.size()));
    String shown = Fixture.cli(screen, "show", page.get(0).id() + "-" + page.get(page.size() - 1).id(),
        "--color", "never").out();
    String oneMore = Fixture.cli(screen, "show", page.get(0).id() + "-" + following.get(page.size()).id(),
        "--color", "never").out();
    assertThat(shown.lines().count()).isLessThanOrEqualTo(29);
    assertThat(oneMore.lines().count()).isGreaterThan(29);
  }

  @Test
  void anotherCorpusGivenWithCorpusIsTheOneTheReplReads(@TempDir Path dir) {
    String corpus = dir.resolve("garden.json").toString();
    assertThat(Fixture.cli(PIPE, "ingest", "src/test/resources/transcripts/garden.en.md", "-o", corpus)
        .code()).isZero();
    Fixture.Result result = Fixture.run(PIPE, "open 1\nnext\nwhere\n", "--corpus", corpus, "repl");
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith(Fixture.cli(PIPE, "--corpus", corpus, "show", "1:1").out()
        + Fixture.cli(PIPE, "--corpus", corpus, "show", "1:2").out() + "1:2 · Ben Stone · ");
  }

  private static String where(Turn turn) {
    return Fixture.run(PIPE, "open " + turn.id() + "\nwhere\n", "repl").out()
        .substring(cli("show", turn.id()).length());
  }

  @Test
  void afterASearchNextStepsThroughTheHitsInRankOrder() {
    Fixture.Result result = repl("search 算力\nwhere\nnext\nwhere\nnext\nprev\nnext\nnext\nnext\n");
    String where = cli("show", "8:8");
    assertThat(result.out()).startsWith(cli("search", "算力") + "2 hits for 算力; next reads the first\n"
        + where + "hit 1 of 2 for 算力 · 8:8 · Sam Altman")
        .endsWith(cli("show", "5:18") + cli("show", "8:8") + cli("show", "5:18") + cli("show", "5:19"));
    assertThat(result.err()).isEqualTo("convo: also searched: 计算能力\n"
        + "convo: that was the last of 2 hits; next reads on in the interview now\n");
  }

  @Test
  void anotherCommandEndsSteppingThroughHits() {
    Fixture.Result result = repl("search 算力\nsections\nnext\n");
    assertThat(result.out()).endsWith(cli("sections") + cli("show", "1:1"));
  }
}
