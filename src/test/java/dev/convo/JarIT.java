package dev.convo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real shaded jar in a subprocess: what a shell user and a script actually get. */
class JarIT {
  private static final Path JAR = Path.of("target/convo.jar");
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  record Result(int code, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void jarExists() {
    assertThat(JAR).as("run through 'mvn verify', after the jar is built").exists();
  }

  private static Result run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return exec(command, env);
  }

  private static Result exec(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG")
        || k.equals("NO_COLOR") || k.equals("CLICOLOR_FORCE") || k.startsWith("CONVO_"));
    builder.environment().putAll(env);
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    if (!command.get(0).contains("/")) {
      Tools.require(command.get(0));
    }
    Child child = Child.run(builder, null, Duration.ofSeconds(60));
    return new Result(child.status(), child.out(), new String(child.err(), StandardCharsets.UTF_8));
  }

  @Test
  void outputIsUtf8UnderTheCLocale() throws Exception {
    for (Map<String, String> locale : List.of(Map.of("LANG", "C"), Map.of("LC_ALL", "POSIX"))) {
      Result result = run(locale, "show", "7:1");
      assertThat(result.code()).isZero();
      assertThat(result.out()).as(locale.toString())
          .isEqualTo("7:1 Lex: 那么，GPT-5 什么时候出来？\n".getBytes(StandardCharsets.UTF_8));
      Result error = run(locale, "topic", "外星球");
      Result search = run(locale, "search", "核聚变");
      assertThat(search.out()).isEqualTo("8:9 Lex (关于7万亿美元的计算能力): 你如何解决能源难题？核聚变？\n".getBytes(StandardCharsets.UTF_8));
      assertThat(error.err()).isEqualTo("convo: unknown topic '外星球' — did you mean: aliens?\n");
    }
  }

  /** {@code ingest -o} makes a new file as {@code >} would: rw-rw-rw- less what the umask takes away. */
  @Test
  void ingestGivesANewCorpusTheModeTheUmaskLeaves() throws Exception {
    Map<String, String> modes = Map.of("022", "rw-r--r--", "002", "rw-rw-r--", "077", "rw-------");
    for (Map.Entry<String, String> umask : modes.entrySet()) {
      Path out = dir.resolve("corpus-" + umask.getKey() + ".json");
      String script = "umask " + umask.getKey() + " && exec '" + JAVA + "' -jar '" + JAR
          + "' ingest src/test/resources/transcripts/garden.en.md -o '" + out + "'";
      Result result = exec(List.of("sh", "-c", script), Map.of("LANG", "C.UTF-8"));
      assertThat(result.code()).as(result.err()).isZero();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
          .as("umask %s", umask.getKey()).isEqualTo(umask.getValue());
    }
  }

  @Test
  void aClosedPipeEndsQuietly() throws Exception {
    Path err = dir.resolve("err");
    Path status = dir.resolve("status");
    String script = "set -o pipefail; '" + JAVA + "' -jar '" + JAR + "' show all --format text 2>'" + err
        + "' | head -1; echo ${PIPESTATUS[0]} > '" + status + "'";
    Result result = exec(List.of("bash", "-c", script), Map.of("LANG", "C.UTF-8"));
    assertThat(result.text()).startsWith("── 1 · OpenAI 董事会风波");
    assertThat(result.text().lines()).hasSize(1);
    assertThat(Files.readString(err)).isEmpty();
    assertThat(Files.readString(status).strip()).isEqualTo("0");
  }

  @Test
  void exitCodesAndOneLineErrors() throws Exception {
    assertThat(run(Map.of(), "quotes", "random").code()).isZero();
    Result nothing = run(Map.of(), "search", "量子引力");
    assertThat(nothing.code()).isEqualTo(1);
    assertThat(nothing.out()).isEmpty();
    Result unknown = run(Map.of(), "topic", "gtp5");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("convo: unknown topic 'gtp5' — did you mean: gpt-5?\n");
    Result usage = run(Map.of(), "show", "--bogus");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err().lines()).hasSize(1);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{", StandardCharsets.UTF_8);
    Result corpus = run(Map.of("CONVO_CORPUS", broken.toString()), "sections");
    assertThat(corpus.code()).isEqualTo(2);
    assertThat(corpus.err()).startsWith("convo: " + broken + ": ").doesNotContain("\tat ");
    assertThat(corpus.err().lines()).hasSize(1);
  }

  @Test
  void versionComesFromTheJar() throws Exception {
    Result result = run(Map.of(), "--version");
    assertThat(result.code()).isZero();
    assertThat(result.text()).matches("convo [0-9]+\\.[0-9]+\\.[0-9]+.*\n");
  }

  /** {@code script} gives the jar a real terminal, so the colour and width rules run as they do for a user. */
  private static Result onATerminal(Map<String, String> env, String args) throws Exception {
    return onATerminal(60, env, args);
  }

  private static Result onATerminal(int columns, Map<String, String> env, String args) throws Exception {
    String command = "stty cols " + columns + " rows 40; '" + JAVA + "' -jar '" + JAR + "' " + args;
    Map<String, String> all = new java.util.HashMap<>(Map.of("TERM", "xterm", "LANG", "C.UTF-8", "PAGER", "cat"));
    all.putAll(env);
    return exec(List.of("script", "-qec", command, "/dev/null"), all);
  }

  @Test
  void aTerminalGetsColourUnlessNoColorIsSet() throws Exception {
    Result coloured = onATerminal(Map.of(), "show 7:1");
    assertThat(coloured.code()).isZero();
    assertThat(coloured.text()).contains("\u001b[1;36mLex\u001b[0m");
    Result plain = onATerminal(Map.of("NO_COLOR", "1"), "show 7:1");
    assertThat(plain.text()).doesNotContain("\u001b[").contains("7:1 Lex  那么，GPT-5 什么时候出来？");
  }

  @Test
  void outputToATerminalIsForPeopleWhereverInputComesFrom() throws Exception {
    Result fromNowhere = onATerminal(Map.of(), "show 7:1 < /dev/null");
    assertThat(fromNowhere.code()).isZero();
    assertThat(fromNowhere.text()).contains("\u001b[1;36mLex\u001b[0m");

    Path script = Files.writeString(dir.resolve("commands"), "show 7:1\nquit\n");
    Result repl = onATerminal(Map.of(), "repl < '" + script + "'");
    assertThat(repl.code()).isZero();
    assertThat(repl.text()).isEqualTo(fromNowhere.text());

    Result alone = onATerminal(Map.of(), "< /dev/null");
    assertThat(alone.code()).isEqualTo(2);
    assertThat(alone.text()).startsWith("Usage: convo ").doesNotContain("convo>");
  }

  @Test
  void aTerminalsWidthIsProbedWhenColumnsIsUnset() throws Exception {
    Result result = onATerminal(Map.of("NO_COLOR", "1"), "show 8:8");
    List<String> lines = result.text().replace("\r", "").lines().filter(l -> !l.isEmpty()).toList();
    assertThat(lines).hasSizeGreaterThan(10);
    assertThat(lines).allSatisfy(l -> assertThat(dev.convo.text.Columns.of(l)).isLessThanOrEqualTo(60));
    assertThat(lines.stream().mapToInt(dev.convo.text.Columns::of).max().orElseThrow()).isGreaterThan(50);
  }

  @Test
  void aWideTerminalGetsTextOfAReadableMeasure() throws Exception {
    Result result = onATerminal(200, Map.of("NO_COLOR", "1"), "show 8:8");
    List<String> lines = result.text().replace("\r", "").lines().filter(l -> !l.isEmpty()).toList();
    assertThat(lines).hasSizeGreaterThan(5);
    assertThat(lines.stream().mapToInt(dev.convo.text.Columns::of).max().orElseThrow()).isBetween(96, 100);
  }

  @Test
  void clicolorForceColoursTextInAPipe() throws Exception {
    Result forced = run(Map.of("CLICOLOR_FORCE", "1"), "show", "7:1");
    assertThat(forced.code()).isZero();
    assertThat(forced.text()).contains("\u001b[1;36mLex\u001b[0m", "关于 GPT-5");
    assertThat(forced.text()).isEqualTo(run(Map.of(), "show", "7:1", "--color", "always").text());
  }

  @Test
  void startupTraceNamesWhereTheTimeWentAndIsSilentUnlessAsked() throws Exception {
    Result traced = run(Map.of("CONVO_TRACE", "startup"), "quotes", "random", "--format", "plain");
    assertThat(traced.code()).isZero();
    assertThat(traced.text()).isNotBlank();
    java.util.regex.Matcher line = java.util.regex.Pattern.compile("convo: startup ms: jvm ([0-9.]+), tree ([0-9.]+),"
        + " corpus ([0-9.]+), command ([0-9.]+), exit ([0-9.]+), total ([0-9.]+)\n").matcher(traced.err());
    assertThat(line.matches()).as(traced.err()).isTrue();
    double sum = 0;
    for (int phase = 1; phase <= 5; phase++) {
      sum += Double.parseDouble(line.group(phase));
    }
    assertThat(Double.parseDouble(line.group(3))).as("the corpus is read").isPositive();
    assertThat(Double.parseDouble(line.group(6))).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.5));

    Result plain = run(Map.of(), "quotes", "random", "--format", "plain");
    assertThat(plain.err()).isEmpty();
    Result other = run(Map.of("CONVO_TRACE", "everything"), "quotes", "random", "--format", "plain");
    assertThat(other.err()).isEmpty();
  }

  @Test
  void untracedRunsLoadNoManagementClasses() throws Exception {
    Result result = exec(List.of(JAVA, "-Xlog:class+load=info:stdout", "-jar", JAR.toString(),
        "quotes", "random", "--format", "plain"), Map.of());
    assertThat(result.code()).isZero();
    assertThat(result.text()).contains("dev.convo.text.StartupTrace").doesNotContain("java.lang.management.");
  }

  /**
   * With nothing added to the library, the commands that read across it take the old path and load
   * no class of the library; once a conversation is added, they do (so that this test can fail).
   */
  @Test
  void withNothingAddedCommandsLoadNoClassOfTheLibrary() throws Exception {
    Map<String, String> env = Map.of("XDG_DATA_HOME", dir.resolve("data").toString(), "HOME", dir.toString(),
        "LANG", "C.UTF-8");
    List<List<String>> commands = List.of(List.of("quotes", "random"), List.of("search", "计算能力"),
        List.of("show", "7:3"), List.of("topics"), List.of("topic", "gpt-5"), List.of("stats"),
        List.of("sections"));
    for (List<String> command : commands) {
      Result result = loading(env, command);
      assertThat(result.code()).as(command + ": " + result.err()).isZero();
      assertThat(result.text()).as(command.toString()).contains("dev.convo.cli.ConvoCommand ")
          .doesNotContain("dev.convo.library.");
    }
    Result added = run(env, "library", "add", "src/test/resources/transcripts/tea.zh.md", "--name", "tea");
    assertThat(added.code()).as(added.err()).isZero();
    for (List<String> command : commands.subList(3, commands.size())) {
      assertThat(loading(env, command).text()).as(command.toString()).contains("dev.convo.library.Library ");
    }
  }

  @Test
  void oneShotCommandsStartNoLambdaMachinery() throws Exception {
    // The first lambda of a process, or regular expression with a character class (java.util.regex
    // builds those from lambdas), costs a command milliseconds: none of these may meet one.
    Map<String, String> env = Map.of("XDG_DATA_HOME", dir.resolve("data").toString(), "HOME", dir.toString(),
        "LANG", "C.UTF-8");
    List<List<String>> commands = List.of(List.of("quotes", "random"), List.of("search", "计算能力"),
        List.of("search", "GPT"), List.of("show", "7"), List.of("show", "7:3"), List.of("topic", "gpt-5"),
        List.of("stats"), List.of("sections"));
    for (List<String> command : commands) {
      Result result = loading(env, command);
      assertThat(result.code()).as(command + ": " + result.err()).isZero();
      assertThat(result.text()).as(command.toString()).contains("dev.convo.cli.ConvoCommand ")
          .doesNotContain("java.lang.invoke.LambdaMetafactory ").doesNotContain("$$Lambda");
    }
    // A quote of the day drawn across the library reads one index, which a mapped file would cost.
    Result added = run(env, "library", "add", "src/test/resources/transcripts/tea.zh.md", "--name", "tea");
    assertThat(added.code()).as(added.err()).isZero();
    Result drawn = loading(env, List.of("quotes", "random", "--in", "tea"));
    assertThat(drawn.code()).as(drawn.err()).isZero();
    assertThat(drawn.text()).contains("dev.convo.library.Library ")
        .doesNotContain("java.lang.invoke.LambdaMetafactory ").doesNotContain("$$Lambda");
  }

  private static Result loading(Map<String, String> env, List<String> command) throws Exception {
    List<String> java = new ArrayList<>(List.of(JAVA, "-Xshare:off", "-Xlog:class+load=info:stdout", "-jar",
        JAR.toString()));
    java.addAll(command);
    java.addAll(List.of("--format", "plain"));
    return exec(java, env);
  }
}
