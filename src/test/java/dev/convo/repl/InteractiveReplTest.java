package dev.convo.repl;

import dev.convo.Commands;
import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.text.Env;
import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.query.Topics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JLine loop driven through a terminal over in-memory streams, of type {@code ansi} (a
 * {@code dumb} one would not complete on TAB): keys in, screen bytes out. Ctrl-C is a signal
 * such a terminal does not raise; the tmux test presses it in a real one.
 */
class InteractiveReplTest {
  private static final Corpus CORPUS = BundledCorpus.get();
  private static final String CTRL_D = "\u0004";

  @TempDir Path dir;

  private record Outcome(int status, String screen) {}

  private Outcome type(String keys, Map<String, String> variables) throws IOException {
    return type(keys, variables, 100);
  }

  private Outcome type(String keys, Map<String, String> variables, int columns) throws IOException {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Terminal terminal = new DumbTerminal("convo", "ansi",
        new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
      terminal.setSize(new Size(columns, 30));
      int status = InteractiveRepl.on(terminal, Fixture.terminal(variables, 80, 24), null, Commands::replTree).loop();
      terminal.flush();
      return new Outcome(status, screen.toString(StandardCharsets.UTF_8));
    }
  }

  private Map<String, String> home() {
    return Map.of("HOME", dir.resolve("home").toString(), "TERM", "xterm-256color");
  }

  @Test
  void completesRunsAndReadsOnWithColouredSpeakers() throws IOException {
    List<Turn> topic = new Topics(CORPUS).view(new Topics(CORPUS).find("gpt-5").orElseThrow()).turns();
    Turn last = topic.get(topic.size() - 1);
    Turn after = CORPUS.turns().get(CORPUS.turns().indexOf(last) + 1);

    Outcome outcome = type("top\tgpt-5\r" + "\r" + CTRL_D, home());

    assertThat(outcome.status()).isZero();
    assertThat(outcome.screen()).startsWith(CORPUS.metadata().title() + "\n" + Banner.HINT + "\n")
        .contains("topic gpt-5", "convo " + last.id() + "> ", "convo " + after.id() + "> ");
    String lex = labelColour(outcome.screen(), "Lex");
    String sam = labelColour(outcome.screen(), "Sam");
    assertThat(lex).isNotEqualTo(sam);
    assertThat(Files.readAllLines(dir.resolve("home/.local/state/convo/history")))
        .hasSize(1).allMatch(line -> line.endsWith(":topic gpt-5"));
  }

  @Test
  void outputIsWrappedToTheTerminalWidth() throws IOException {
    String screen = type("show 7:18 --color never\r" + CTRL_D, home()).screen();
    List<String> lines = screen.lines().filter(l -> l.startsWith("7:18 ") || l.startsWith("      "))
        .toList();
    assertThat(lines).hasSizeGreaterThan(3)
        .allMatch(l -> l.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum() <= 100);
    assertThat(lines.stream().mapToInt(l -> l.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum()).max()
        .orElseThrow()).isGreaterThan(90);
  }

  @Test
  void enterInAFreshSessionReadsTheFirstTurn() throws IOException {
    Turn first = CORPUS.turns().get(0);
    Outcome outcome = type("\r\r" + CTRL_D, home());
    assertThat(outcome.status()).isZero();
    assertThat(outcome.screen()).contains("convo " + first.id() + "> ", "convo " + CORPUS.turns().get(1).id() + "> ");
    assertThat(labelColour(outcome.screen(), CORPUS.speaker(first.speaker()).orElseThrow().label())).isNotEmpty();
  }

  @Test
  void onANarrowTerminalOutputFitsItsWidth() throws IOException {
    for (int columns : new int[] {12, 19}) {
      String screen = type("open 7:18 --color never\rnext\r" + CTRL_D, home(), columns).screen();
      List<String> output = screen.lines().skip(Banner.lines(CORPUS).size()).filter(l -> !l.contains("convo"))
          .map(l -> l.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\r", "")).toList();
      assertThat(output).as(screen).hasSizeGreaterThan(10)
          .allSatisfy(l -> assertThat(dev.convo.text.Columns.of(l)).isLessThanOrEqualTo(columns));
      assertThat(output).contains("7:18 Sam", "7:19 Lex");
    }
  }

  @Test
  void ctrlCStoppingOutputLeavesReadingAtTheLastTurnPrinted() {
    AtomicBoolean interrupted = new AtomicBoolean();
    StringWriter screen = new StringWriter();
    Pattern cutShort = Pattern.compile("(?m)^ *3:5 Lex ");
    // Ctrl-C is pressed as the first line of turn 3:5 reaches the screen.
    Writer pressing = new FilterWriter(screen) {
      @Override
      public void write(char[] chars, int offset, int length) throws IOException {
        super.write(chars, offset, length);
        if (cutShort.matcher(screen.getBuffer()).find()) {
          interrupted.set(true);
        }
      }
    };
    PrintWriter out = new PrintWriter(new InterruptibleWriter(pressing, interrupted));
    Env terminal = Fixture.terminal(Map.of("TERM", "xterm", "NO_COLOR", "1"), 100, 30);
    Session session = Fixture.session(out, out, Session.replEnv(terminal, null, true, terminal.size()));

    assertThat(session.run(List.of("show", "all"))).isEqualTo(Session.INTERRUPTED);
    assertThat(screen.toString()).contains("3:4 Sam ").doesNotContain("3:6");
    interrupted.set(false);
    screen.getBuffer().setLength(0);
    assertThat(session.run(List.of("where"))).isZero();
    assertThat(screen.toString()).startsWith("3:4 · ");
    screen.getBuffer().setLength(0);
    session.run(List.of("next"));
    assertThat(screen.toString()).containsPattern("(?m)^3:5 Lex ");
  }

  @Test
  void exitLeavesWithStatusZero() throws IOException {
    Outcome outcome = type("exit\rsections\r", home());
    assertThat(outcome.status()).isZero();
    assertThat(outcome.screen()).doesNotContain("ENGLISH TITLE");
  }

  @Test
  void errorsPrintOneLineAndTheReplGoesOn() throws IOException {
    String screen = type("topic gtp5\rwhere\r" + CTRL_D, home()).screen();
    assertThat(screen).contains("convo: unknown topic 'gtp5' — did you mean: gpt-5?")
        .contains(WhereCommand.NOTHING_OPEN)
        .doesNotContain("Exception");
  }

  @Test
  void historyFromEarlierSessionsIsRecalled() throws IOException {
    type("open 7\r" + CTRL_D, home());
    String up = "\u001b[A";
    Outcome second = type(up + "\r" + CTRL_D, home());
    assertThat(second.screen()).contains("convo 7:1> ");
  }

  @Test
  void aHistoryFileThatCannotBeWrittenWarnsOnceAndHistoryStaysInMemory() throws IOException {
    Path blocker = Files.writeString(dir.resolve("not-a-directory"), "");
    Outcome outcome = type("open 7\rnext\r" + "\u001b[A\u001b[A\r" + CTRL_D,
        Map.of("XDG_STATE_HOME", blocker.toString(), "TERM", "xterm-256color"));
    assertThat(outcome.status()).isZero();
    Matcher warning = Pattern.compile("convo: cannot write history file [^\n]*").matcher(outcome.screen());
    assertThat(warning.find()).isTrue();
    assertThat(warning.group()).contains(blocker.resolve("convo/history").toString())
        .endsWith("history is kept for this session only");
    assertThat(warning.find()).isFalse();
    // Up, up recalls "open 7" from memory: reading starts again at 7:1.
    assertThat(outcome.screen().lastIndexOf("convo 7:1> ")).isGreaterThan(outcome.screen().indexOf("convo 7:2> "));
  }

  @Test
  void aHostileStateDirectoryIsShownEscapedInTheWarning() throws IOException {
    String evil = "state\u001b]0;PWNED\u0007\u009b2J\u202eevil";
    Path blocker = Files.writeString(dir.resolve(evil), "");
    Outcome outcome = type("open 7\r" + CTRL_D,
        Map.of("XDG_STATE_HOME", blocker.toString(), "TERM", "xterm-256color"));
    Matcher warning = Pattern.compile("convo: cannot write history file [^\n]*").matcher(outcome.screen());
    assertThat(warning.find()).isTrue();
    assertThat(warning.group())
        .contains(dir.resolve("state\\x1b]0;PWNED\\x07\\x9b2J\\u202eevil/convo/history").toString())
        .endsWith("history is kept for this session only");
    assertThat(outcome.screen()).doesNotContain("\u001b]0;PWNED", "\u009b", "\u202e");
  }

  @Test
  void noColourWhenNoColorIsSet() throws IOException {
    String screen = type("show 7:1-2\r" + CTRL_D, Map.of("HOME", dir.toString(), "NO_COLOR", "1",
        "TERM", "xterm-256color")).screen();
    assertThat(screen).containsPattern("(?m)^7:1 Lex  ");
  }

  /** The SGR sequences that open the first turn's speaker label {@code label}. */
  static String labelColour(String screen, String label) {
    String sgr = "\u001b\\[[0-9;]*m";
    Matcher m = Pattern.compile("\\d+[a-z]?:\\d+(?:" + sgr + ")* ((?:" + sgr + ")+)" + label + "\\b")
        .matcher(screen);
    assertThat(m.find()).as("a coloured label " + label).isTrue();
    return m.group(1);
  }
}
