package dev.convo.cli;

import dev.convo.Commands;
import dev.convo.Main;
import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.text.Env;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** One-shot runs build only the subcommand they name, and behave exactly as the whole tree. */
class SingleCommandTreeTest {
  private final Env env = Run.pipe().environment();

  private static String[] args(String... args) {
    return args;
  }

  private Optional<CommandLine> single(String... args) {
    return Commands.commandLineFor(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), env);
  }

  @Test
  void theNamedSubcommandIsTheOnlyOneBuilt() {
    assertThat(single("show", "7").orElseThrow().getSubcommands()).containsOnlyKeys("show");
    assertThat(single("--corpus", "x.json", "--debug", "quotes", "random").orElseThrow().getSubcommands())
        .containsOnlyKeys("quotes");
    assertThat(single("--corpus=x.json", "stats").orElseThrow().getSubcommands()).containsOnlyKeys("stats");
  }

  @Test
  void underQuotesOnlyTheNamedOneIsBuilt() {
    assertThat(single("quotes", "list").orElseThrow().getSubcommands().get("quotes").getSubcommands())
        .containsOnlyKeys("list");
    assertThat(single("quotes", "--help").orElseThrow().getSubcommands().get("quotes").getSubcommands())
        .containsOnlyKeys("random", "list", "show");
    // Alone, quotes draws a random one.
    assertThat(single("quotes").orElseThrow().getSubcommands().get("quotes").getSubcommands())
        .containsOnlyKeys("random");
  }

  @Test
  void anythingElseGetsTheWholeTree() {
    assertThat(single()).isEmpty();
    assertThat(single("--help")).isEmpty();
    assertThat(single("help", "quotes")).isEmpty();
    assertThat(single("--version", "stats")).isEmpty();
    assertThat(single("completion", "bash")).isEmpty();
    assertThat(single("shwo", "7")).isEmpty();
    assertThat(single("--corpus", "show")).isEmpty();
    assertThat(single("repl")).isEmpty();
  }

  @Test
  void theVersionIsTheRootsAlone() {
    assertThat(single("--version").orElseThrow().getSubcommands()).isEmpty();
    assertThat(single("--corpus", "x.json", "-V").orElseThrow().getSubcommands()).isEmpty();
  }

  @Test
  void theVersionIsWhatTheWholeTreePrints() {
    for (String[] command : List.of(args("--version"), args("-V"), args("--debug", "--version"),
        args("--corpus=x.json", "-V"), args("--corpus", "/no/such.json", "--version"))) {
      StringWriter wholeOut = new StringWriter();
      StringWriter wholeErr = new StringWriter();
      int whole = Main.commandLine(new PrintWriter(wholeOut, true), new PrintWriter(wholeErr, true), env)
          .execute(command);
      StringWriter singleOut = new StringWriter();
      StringWriter singleErr = new StringWriter();
      int one = Commands.commandLineFor(command, new PrintWriter(singleOut, true), new PrintWriter(singleErr, true), env)
          .orElseThrow().execute(command);
      assertThat(wholeOut.toString()).as(String.join(" ", command)).startsWith("convo ");
      assertThat(one).as(String.join(" ", command)).isEqualTo(whole);
      assertThat(singleOut.toString()).as(String.join(" ", command)).isEqualTo(wholeOut.toString());
      assertThat(singleErr.toString()).as(String.join(" ", command)).isEqualTo(wholeErr.toString());
    }
  }

  @Test
  void outputAndStatusAreThoseOfTheWholeTree() {
    for (String[] command : List.of(args("show", "6:5"), args("topic", "gtp5"), args("quotes", "show", "q1", "--json"),
        args("search", "核聚变", "--format", "tsv"), args("show", "6:5", "--corpus", "/no/such.json"),
        args("quotes", "rando"), args("quotes", "--help"), args("quotes", "show"),
        args("quotes", "list", "--speaker", "sam", "--format", "jsonl"))) {
      StringWriter wholeOut = new StringWriter();
      StringWriter wholeErr = new StringWriter();
      int whole = Commands.cli(new PrintWriter(wholeOut, true), new PrintWriter(wholeErr, true), env)
          .execute(command);
      StringWriter singleOut = new StringWriter();
      StringWriter singleErr = new StringWriter();
      int one = Commands.commandLineFor(command, new PrintWriter(singleOut, true), new PrintWriter(singleErr, true), env)
          .orElseThrow().execute(command);
      assertThat(one).as(String.join(" ", command)).isEqualTo(whole);
      assertThat(singleOut.toString()).as(String.join(" ", command)).isEqualTo(wholeOut.toString());
      assertThat(singleErr.toString()).as(String.join(" ", command)).isEqualTo(wholeErr.toString());
    }
  }

  @Test
  void quotesAloneDrawsFromTheSameQuotesEitherWay() {
    List<String> quotes = Run.exec("quotes", "list").out().lines().toList();
    StringWriter wholeOut = new StringWriter();
    assertThat(Commands.cli(new PrintWriter(wholeOut, true), new PrintWriter(new StringWriter()), env)
        .execute("quotes")).isZero();
    StringWriter singleOut = new StringWriter();
    assertThat(Commands.commandLineFor(args("quotes"), new PrintWriter(singleOut, true),
        new PrintWriter(new StringWriter()), env).orElseThrow().execute("quotes")).isZero();
    assertThat(wholeOut.toString().lines()).singleElement().isIn(quotes);
    assertThat(singleOut.toString().lines()).singleElement().isIn(quotes);
  }
}
