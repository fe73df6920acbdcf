package dev.convo.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.Child;
import dev.convo.Jdk;
import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusReader;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.query.Topics;
import dev.convo.text.Columns;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar in a real terminal: tmux gives it a 100×30 window, the test types as a person would
 * and reads the screen back.
 */
class ReplTerminalIT {
  private static final Corpus CORPUS = BundledCorpus.get();

  @TempDir Path dir;

  @Test
  void completesReadsOnAndLeavesOnCtrlD() throws Exception {
    Path state = dir.resolve("state");
    String command = command(state);
    List<Turn> topicTurns = new Topics(CORPUS).view(new Topics(CORPUS).find("gpt-5").orElseThrow()).turns();
    Turn last = topicTurns.get(topicTurns.size() - 1);
    Turn after = CORPUS.turns().get(CORPUS.turns().indexOf(last) + 1);

    try (Tmux tmux = Tmux.start(dir, 100, 30, command)) {
      tmux.await("the prompt", s -> lastLine(s).equals("convo>"));
      assertThat(tmux.screen()).contains(CORPUS.metadata().title());

      tmux.type("top");
      tmux.keys("Tab");
      tmux.await("the command completed", s -> promptLine(s).equals("convo> topic"));
      tmux.type("gpt");
      tmux.keys("Tab");
      // gpt-4, gpt-5 and gpt-5-leap all start so: TAB lists them with their Chinese titles.
      Topic gpt5 = CORPUS.topics().stream().filter(t -> t.slug().equals("gpt-5")).findFirst().orElseThrow();
      String listed = tmux.await("the topics listed", s -> s.contains(gpt5.titleZh()));
      assertThat(listed).contains("convo> topic gpt\n")
          .containsPattern("gpt-5 +\\(" + Pattern.quote(gpt5.titleZh()) + "\\)");
      tmux.type("-5");
      tmux.await("the topic typed", s -> promptLine(s).equals("convo> topic gpt-5"));
      tmux.keys("Enter");
      String topic = tmux.await("the prompt at the topic's last turn",
          s -> lastLine(s).equals("convo " + last.id() + ">"));
      assertThat(tmux.scrollback()).containsPattern("(?m)^\\s*\\d+[a-z]?:\\d+ Lex +\\S")
          .containsPattern("(?m)^\\s*\\d+[a-z]?:\\d+ Sam +\\S");
      assertThat(lastLine(topic)).isEqualTo("convo " + last.id() + ">");

      String colours = tmux.colouredScrollback();
      assertThat(labelColour(colours, "Lex")).isNotEqualTo(labelColour(colours, "Sam"));

      tmux.type("next");
      tmux.keys("Enter");
      String next = tmux.await("the prompt at the next turn",
          s -> lastLine(s).equals("convo " + after.id() + ">"));
      assertThat(next).containsPattern("(?m)^\\s*" + Pattern.quote(after.id()) + " "
          + CORPUS.speaker(after.speaker()).orElseThrow().label() + " ");

      tmux.type("search never sent");
      tmux.await("the typed line", s -> lastLine(s).endsWith("search never sent"));
      tmux.keys("C-c");
      tmux.await("the line cleared", s -> lastLine(s).equals("convo " + after.id() + ">"));

      tmux.keys("C-d");
      assertThat(tmux.await("the REPL to end", s -> s.contains("[exit "))).contains("[exit 0]");
    }
    assertThat(Files.readAllLines(state.resolve("convo/history")))
        .anyMatch(line -> line.endsWith("topic gpt-5"))
        .anyMatch(line -> line.endsWith("next"))
        .noneMatch(line -> line.contains("never sent"));
  }

  @Test
  void wrapsToTheNewWidthAfterAResizeAndCtrlRSearchesEarlierHistory() throws Exception {
    Path state = dir.resolve("state");
    Files.createDirectories(state.resolve("convo"));
    Files.writeString(state.resolve("convo/history"), "1700000000000:topic sora\n");
    List<Turn> sora = new Topics(CORPUS).view(new Topics(CORPUS).find("sora").orElseThrow()).turns();
    Turn longTurn = CORPUS.turn("7:18").orElseThrow();
    String label = CORPUS.speaker(longTurn.speaker()).orElseThrow().label();

    try (Tmux tmux = Tmux.start(dir, 100, 30, command(state))) {
      tmux.await("the prompt", s -> lastLine(s).equals("convo>"));
      tmux.resize(60, 30);
      tmux.type("show 7:18");
      tmux.keys("Enter");
      String screen = tmux.await("the turn shown", s -> lastLine(s).equals("convo 7:18>"));
      List<String> lines = screen.strip().lines().toList();
      int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("7:18 " + label)).findFirst()
          .orElseThrow());
      List<String> turn = lines.subList(first + 1, lines.size() - 1);
      String indent = " ".repeat(("7:18 " + label + "  ").length());
      // Wrapped by convo at 60 columns, every line keeps the hanging indent; lines wrapped at 100
      // would have been cut by the terminal into pieces that start at the left margin.
      assertThat(turn).hasSizeGreaterThan(5).allMatch(l -> l.isEmpty() || l.startsWith(indent));

      tmux.keys("C-r");
      tmux.type("sora");
      tmux.await("the earlier command found", s -> promptLine(s).endsWith("topic sora"));
      tmux.keys("Enter");
      tmux.await("the prompt after the topic",
          s -> lastLine(s).equals("convo " + sora.get(sora.size() - 1).id() + ">"));
      tmux.keys("C-d");
      assertThat(tmux.await("the REPL to end", s -> s.contains("[exit "))).contains("[exit 0]");
    }
  }

  @Test
  void useCompletesAConversationThePromptNamesItAndItsIdsCompleteQualified() throws Exception {
    Path data = Files.createDirectories(dir.resolve("home/.local/share"));
    dev.convo.library.Library library = new dev.convo.library.Library(data.resolve(dev.convo.library.Library.PLACE));
    library.add(Path.of("src/test/resources/transcripts/tea.zh.md"), "tea", null);
    Corpus tea = library.corpus("tea");
    Turn first = tea.turns().get(0);

    try (Tmux tmux = Tmux.start(dir, 100, 30, command(dir.resolve("state")))) {
      tmux.await("the prompt", s -> lastLine(s).equals("convo>"));
      tmux.type("use t");
      tmux.keys("Tab");
      tmux.await("the conversation completed", s -> promptLine(s).equals("convo> use tea"));
      tmux.keys("Enter");
      tmux.await("the prompt naming it", s -> lastLine(s).equals("convo tea>"));
      tmux.keys("Enter");
      String screen = tmux.await("its first turn", s -> lastLine(s).equals("convo tea " + first.id() + ">"));
      assertThat(screen).contains(first.paragraphs().get(0));
      tmux.type("use all");
      tmux.keys("Enter");
      tmux.await("the prompt still in it", s -> lastLine(s).equals("convo tea " + first.id() + ">")
          && s.contains("use all"));
      tmux.type("open altman-2024/7:3");
      tmux.keys("Enter");
      tmux.await("the bundled interview's turn", s -> lastLine(s).equals("convo 7:3>"));
      tmux.type("show tea/");
      tmux.keys("Tab");
      String listed = tmux.await("the conversation's turns listed",
          s -> tea.turns().stream().allMatch(t -> s.contains("tea/" + t.id())));
      assertThat(listed).contains(tea.speaker(first.speaker()).orElseThrow().label() + ": ");
      tmux.keys("C-c");
      tmux.await("the line cleared", s -> lastLine(s).equals("convo 7:3>") && !s.contains("tea/2:2"));
      tmux.keys("C-d");
      assertThat(tmux.await("the REPL to end", s -> s.contains("[exit "))).contains("[exit 0]");
    }
  }

  @Test
  void theCorpusOptionAloneOpensTheReplOnThatCorpusAndEnterReadsItsFirstTurn() throws Exception {
    Path file = dir.resolve("garden.json");
    assertThat(Fixture.cli(Fixture.pipe(), "ingest", "src/test/resources/transcripts/garden.en.md",
        "-o", file.toString()).code()).isZero();
    Corpus garden = CorpusReader.read(file);
    Turn first = garden.turns().get(0);

    try (Tmux tmux = Tmux.start(dir, 100, 30, command(dir.resolve("state")) + " --corpus '" + file + "'")) {
      tmux.await("the prompt", s -> lastLine(s).equals("convo>"));
      assertThat(tmux.screen()).contains(garden.metadata().title());
      tmux.keys("Enter");
      String screen = tmux.await("the first turn", s -> lastLine(s).equals("convo " + first.id() + ">"));
      assertThat(screen).containsPattern("(?m)^" + Pattern.quote(first.id()) + " "
          + Pattern.quote(garden.speaker(first.speaker()).orElseThrow().label()) + " ");
      tmux.keys("C-d");
      assertThat(tmux.await("the REPL to end", s -> s.contains("[exit "))).contains("[exit 0]");
    }
  }

  @Test
  void onANarrowTerminalEveryLineOfOutputFitsAsConvoWrappedIt() throws Exception {
    for (int width : new int[] {12, 19}) {
      Path run = Files.createDirectories(dir.resolve("at-" + width));
      try (Tmux tmux = Tmux.start(run, width, 40, command(run.resolve("state")))) {
        tmux.await("the prompt", s -> lastLine(s).equals("convo>"));
        tmux.type("open 7:18");
        tmux.keys("Enter");
        tmux.await("the turn", s -> lastLine(s).equals("convo 7:18>"));
        tmux.keys("Enter");
        tmux.await("the next turn", s -> lastLine(s).equals("convo 7:19>"));
        List<String> lines = tmux.joinedScrollback().lines().map(String::stripTrailing).toList();
        List<String> output = lines.subList(lines.indexOf("convo> open 7:18") + 1, lines.size()).stream()
            .filter(l -> !l.startsWith("convo ")).toList();
        int columns = width;
        assertThat(output).as("at " + width + " columns:\n" + String.join("\n", lines))
            .contains("7:18 Sam", "7:19 Lex")
            .allSatisfy(l -> assertThat(Columns.of(l)).isLessThanOrEqualTo(columns));
        tmux.keys("C-d");
        assertThat(tmux.await("the REPL to end", s -> s.contains("[exit "))).contains("[exit 0]");
      }
    }
  }

  private String command(Path state) throws Exception {
    return command(state, "java");
  }

  private String command(Path state, String java) throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    return "env -u NO_COLOR HOME='" + home + "' XDG_STATE_HOME='" + state + "'"
        + " TERM=screen-256color LANG=C.UTF-8 '" + java + "' -jar '" + jar() + "'";
  }

  /**
   * On a first run the launcher waits for java in a shell of its own, which a terminal's Ctrl-C
   * reaches too: clearing a line in the REPL must neither end the session with 130 nor cost the
   * start-up archive that the launcher trains once the REPL is left.
   */
  @Test
  void ctrlCInTheReplOfAFirstRunClearsTheLineAndTheArchiveIsStillMade() throws Exception {
    Path cache = dir.resolve("cache");
    Path launcher = jar().resolveSibling("convo");
    String command = command(dir.resolve("state")).replace(" '" + "java' -jar '" + jar() + "'",
        " XDG_CACHE_HOME='" + cache + "' '" + launcher + "'");
    try (Tmux tmux = Tmux.start(dir, 100, 30, command)) {
      tmux.await("the prompt", s -> lastLine(s).equals("convo>"));
      tmux.type("abc");
      tmux.keys("C-c");
      tmux.await("the line cleared", s -> lastLine(s).equals("convo>"));
      tmux.keys("C-d");
      assertThat(tmux.await("the REPL to end", s -> s.contains("[exit "))).contains("[exit 0]");
    }
    String suffix = Jdk.onPath().archiveSuffix();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
    while (!archiveMade(cache, suffix)) {
      assertThat(System.nanoTime()).as("an archive under %s within 120 s", cache).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static boolean archiveMade(Path cache, String suffix) throws Exception {
    if (!Files.isDirectory(cache)) {
      return false;
    }
    try (java.util.stream.Stream<Path> files = Files.walk(cache)) {
      return files.anyMatch(p -> p.toString().endsWith(suffix + ".ok"));
    }
  }

  /**
   * JLine loads its terminal support with System.load, a restricted method that JDK 24 and later
   * warn about, four lines above the banner, unless the jar's manifest enables native access.
   */
  @Test
  void onJdk25TheReplStartsWithoutAWarning() throws Exception {
    String java = Jdk.atLeast(25).java().toString();
    try (Tmux tmux = Tmux.start(dir, 100, 30, command(dir.resolve("state"), java))) {
      tmux.await("the prompt", s -> lastLine(s).equals("convo>"));
      assertThat(tmux.screen()).startsWith(CORPUS.metadata().title()).doesNotContain("WARNING");
      tmux.keys("C-d");
      assertThat(tmux.await("the REPL to end", s -> s.contains("[exit "))).contains("[exit 0]");
    }
  }

  @Test
  void oneShotCommandsLoadNoJLine() throws Exception {
    for (List<String> args : List.of(List.of("--version"), List.of("topics"), List.of("show", "7:3"),
        List.of("repl", "--help"))) {
      List<String> command = new ArrayList<>(List.of("java", "-verbose:class", "-jar", jar().toString()));
      command.addAll(args);
      Child run = Child.run(new ProcessBuilder(command).redirectErrorStream(true)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))), null, Duration.ofSeconds(60));
      String output = new String(run.out(), StandardCharsets.UTF_8);
      assertThat(run.status()).as(String.join(" ", args)).isZero();
      // The JLine that convo bundles; JDK 22 and later load one class of their own console,
      // jdk.internal.org.jline.JdkConsoleProviderImpl, whenever System.console() is asked.
      assertThat(output).as(String.join(" ", args)).contains("dev.convo.cli.").doesNotContain("] org.jline.");
    }
  }

  private static Path jar() {
    Path jar = Path.of(System.getProperty("convo.jar", "target/convo.jar")).toAbsolutePath();
    assertThat(jar).exists();
    return jar;
  }

  /** The line being edited: the last that starts with the prompt (a completion list may follow). */
  private static String promptLine(String screen) {
    List<String> lines = screen.lines().filter(l -> l.startsWith("convo")).toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
  }

  private static String lastLine(String screen) {
    List<String> lines = screen.strip().lines().toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
  }

  /** The SGR sequences that open the first turn's speaker label {@code label} on the screen. */
  private static String labelColour(String screen, String label) {
    String sgr = "\u001b\\[[0-9;]*m";
    Matcher m = Pattern.compile("\\d+[a-z]?:\\d+(?:" + sgr + ")* ((?:" + sgr + ")+)" + label + "\\b")
        .matcher(screen);
    assertThat(m.find()).as("a coloured label " + label).isTrue();
    return m.group(1);
  }
}
