package dev.convo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.convo.text.Columns;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a process, where robustness is decided: broken corpus files, pipes closed
 * early, a full disk, Ctrl-C, odd locales and terminals, no controlling terminal, and several runs
 * at once.
 */
class RobustnessIT {
  private static final Path JAR = Path.of("target/convo.jar").toAbsolutePath();
  private static final Path LAUNCHER = Path.of("target/convo").toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final long WAIT_SECONDS = 60;
  /** One line naming the file, what is wrong and where, as the corpus reader reports it. */
  private static final String CORPUS_ERROR = "convo: .+: .+, at (\\$\\S*( \\(line \\d+:\\d+\\))?|line \\d+:\\d+)\n";

  @TempDir Path dir;
  @TempDir static Path shared;
  static Path trained;

  record Result(int code, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void jarExists() {
    assertThat(JAR).as("run through 'mvn verify', after the jar is built").exists();
  }

  @BeforeAll
  static void trainTheLaunchersArchive() throws Exception {
    trained = shared.resolve("cache");
    Result first = exec(launcher(trained).command("--version"), launcher(trained).env());
    assertThat(first.code()).as(first.err()).isZero();
    awaitArchive(trained);
    awaitTrainers(trained);
  }

  /** How convo is started: the jar with java, or the launcher with its start-up cache in {@code cache}. */
  record Program(String name, List<String> prefix, Map<String, String> env) {
    List<String> command(String... args) {
      List<String> command = new ArrayList<>(prefix);
      command.addAll(List.of(args));
      return command;
    }

    Map<String, String> env(Map<String, String> more) {
      Map<String, String> all = new HashMap<>(env);
      all.putAll(more);
      return all;
    }
  }

  /**
   * The jar; the launcher on its first-run path, with a cache it cannot create (so it never trains
   * an archive behind the tests' back); the launcher mapping the archive trained before all tests.
   */
  private List<Program> programs() throws IOException {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "");
    Program firstRun = launcher(file.resolve("cache"));
    return List.of(new Program("the jar", List.of(JAVA, "-jar", JAR.toString()), Map.of()),
        new Program("the launcher, first run", firstRun.prefix(), firstRun.env()),
        new Program("the launcher, archive mapped", launcher(trained).prefix(), launcher(trained).env()));
  }

  private static Program launcher(Path cache) {
    return new Program("the launcher", List.of(LAUNCHER.toString()),
        Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_HOME", System.getProperty("java.home")));
  }

  private static List<String> convo(String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return command;
  }

  private static ProcessBuilder builder(List<String> command, Map<String, String> env) {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("TERM")
        || k.equals("COLUMNS") || k.equals("LINES") || k.equals("NO_COLOR") || k.equals("CLICOLOR_FORCE")
        || k.startsWith("CONVO_"));
    builder.environment().putAll(env);
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    return builder;
  }

  private static Result exec(List<String> command, Map<String, String> env) throws Exception {
    if (!command.get(0).contains("/")) {
      Tools.require(command.get(0));
    }
    // Eight JVMs at once on two busy cores have been seen to need more than a minute each.
    Child child = Child.run(builder(command, env), null, Duration.ofSeconds(WAIT_SECONDS * 3));
    return new Result(child.status(), child.out(), new String(child.err(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Result run(Map<String, String> env, String... args) throws Exception {
    return exec(convo(args), env);
  }

  private static void assertOneCorpusError(Result result, Path file, String what) {
    assertThat(result.code()).as(what + ": " + result.err()).isEqualTo(2);
    assertThat(result.out()).as(what).isEmpty();
    assertThat(result.err()).as(what).startsWith("convo: " + file + ": ").matches(CORPUS_ERROR)
        .doesNotContain("\tat ", "Exception");
  }

  @Test
  void malformedCorporaAreOneLineEach() throws Exception {
    String good = Files.readString(Path.of("data/corpus.json"), StandardCharsets.UTF_8);
    Map<String, byte[]> files = new HashMap<>();
    files.put("empty.json", new byte[0]);
    files.put("text.json", "corpus\n".getBytes(StandardCharsets.UTF_8));
    files.put("truncated.json", good.substring(0, good.length() / 2).getBytes(StandardCharsets.UTF_8));
    files.put("array.json", "[]".getBytes(StandardCharsets.UTF_8));
    files.put("missing.json", good.replaceFirst("\"language\": \"[^\"]*\",", "").getBytes(StandardCharsets.UTF_8));
    files.put("types.json", good.replaceFirst("\"schema\": 1", "\"schema\": \"1\"").getBytes(StandardCharsets.UTF_8));
    files.put("duplicate.json", good.replaceFirst("\"id\": \"q2\"", "\"id\": \"q1\"").getBytes(StandardCharsets.UTF_8));
    files.put("quote.json", good.replaceFirst("\"turn\": \"1:4\"", "\"turn\": \"1:400\"").getBytes(StandardCharsets.UTF_8));
    byte[] latin1 = good.getBytes(StandardCharsets.UTF_8);
    latin1[100] = (byte) 0xE9;
    files.put("latin1.json", latin1);
    for (Map.Entry<String, byte[]> entry : files.entrySet()) {
      Path file = dir.resolve(entry.getKey());
      Files.write(file, entry.getValue());
      assertOneCorpusError(run(Map.of(), "--corpus", file.toString(), "sections"), file, entry.getKey());
      assertOneCorpusError(run(Map.of("CONVO_CORPUS", file.toString()), "show", "7:1"), file, entry.getKey());
    }
    assertOneCorpusError(run(Map.of(), "sections", "--corpus", dir.toString()), dir, "a directory");
    Path through = dir.resolve("empty.json").resolve("corpus.json");
    assertOneCorpusError(run(Map.of(), "sections", "--corpus", through.toString()), through, "a path through a file");
    Path memory = Path.of("/proc/self/mem");
    Result unreadable = run(Map.of(), "sections", "--corpus", memory.toString());
    assertOneCorpusError(unreadable, memory, "a file that fails when read");
    assertThat(unreadable.err()).isEqualTo("convo: /proc/self/mem: cannot be read (Input/output error), at $\n");
  }

  @Test
  void aHundredMegabyteCorpusFailsOnItsSize() throws Exception {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
      sparse.setLength(100L * 1000 * 1000);
    }
    Result result = run(Map.of(), "sections", "--corpus", big.toString());
    assertOneCorpusError(result, big, "100 MB");
    assertThat(result.err()).contains("too large (100000000 bytes; a corpus may have at most 64 MiB)");
  }

  /**
   * Root reads any file, so as root the jar runs as nobody (setpriv, from util-linux) on a copy of
   * the jar that nobody may read.
   */
  @Test
  void aCorpusWithoutReadPermission() throws Exception {
    Path shared = Files.createTempDirectory("convo-perm");
    try {
      Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path jar = Files.copy(JAR, shared.resolve("convo.jar"), StandardCopyOption.REPLACE_EXISTING);
      Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
      Path secret = shared.resolve("secret.json");
      Files.copy(Path.of("data/corpus.json"), secret);
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
      List<String> command = new ArrayList<>();
      if ("root".equals(System.getProperty("user.name"))) {
        Tools.require("setpriv");
        command.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
      }
      command.addAll(List.of(JAVA, "-jar", jar.toString(), "sections", "--corpus", secret.toString()));
      Result result = exec(command, Map.of("HOME", shared.toString()));
      assertOneCorpusError(result, secret, "no read permission");
      assertThat(result.err()).isEqualTo("convo: " + secret + ": permission denied, at $\n");
    } finally {
      try (var files = Files.list(shared)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(shared);
    }
  }

  private static Result shell(String script, Map<String, String> env) throws Exception {
    return exec(List.of("bash", "-c", "set -o pipefail; " + script), env);
  }

  private static String quoted(List<String> command) {
    StringBuilder line = new StringBuilder();
    for (String word : command) {
      line.append(line.length() == 0 ? "" : " ").append('\'').append(word).append('\'');
    }
    return line.toString();
  }

  @Test
  void aReaderWhoLeavesEarlyCausesNoErrors() throws Exception {
    Path err = dir.resolve("err");
    Path status = dir.resolve("status");
    for (Program program : programs()) {
      Map<String, String> env = program.env(Map.of("LANG", "C.UTF-8"));
      Result bytes = shell(quoted(program.command("show", "all")) + " 2>'" + err + "' | head -c 100; echo "
          + "${PIPESTATUS[0]} >'" + status + "'", env);
      assertThat(bytes.out()).as(program.name()).hasSize(100);
      assertThat(Files.readString(err)).as(program.name()).isEmpty();
      assertThat(Files.readString(status).strip()).as(program.name()).isEqualTo("0");

      Result line = shell(quoted(program.command("show", "all", "--format", "jsonl")) + " 2>'" + err
          + "' | head -1; echo ${PIPESTATUS[0]} >'" + status + "'", env);
      assertThat(line.text().lines()).as(program.name()).hasSize(1);
      assertThat(JsonParser.parseString(line.text()).getAsJsonObject().get("id").getAsString()).isEqualTo("1:1");
      assertThat(Files.readString(err)).as(program.name()).isEmpty();
      assertThat(Files.readString(status).strip()).as(program.name()).isEqualTo("0");
    }
  }

  @Test
  void aFullDiskIsOneErrorLine() throws Exception {
    for (Program program : programs()) {
      for (String[] args : List.of(new String[] {"show", "all"}, new String[] {"show", "7:1", "--json"},
          new String[] {"--help"})) {
        List<String> command = program.command(args);
        Process process = builder(command, program.env(Map.of("LANG", "C.UTF-8")))
            .redirectOutput(new File("/dev/full")).start();
        String err = new String(readAll(process.getErrorStream()), StandardCharsets.UTF_8);
        assertThat(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(command.toString()).isEqualTo(2);
        assertThat(err).as(command.toString())
            .isEqualTo("convo: cannot write to standard output (No space left on device)\n");
      }
    }
  }

  /**
   * Nobody reads the output, so convo blocks writing it, mid-way; Ctrl-C must still end it at once,
   * with the shell's status for it and without a stack trace. As a terminal does, SIGINT goes to
   * the whole process group (the launcher's shell and its JVM alike), made with setsid so that it
   * is not the tests'. Perl (perl-base, always on Debian) first restores SIGINT's default action:
   * a job started in the background inherits it ignored, and the JVM then leaves it ignored.
   */
  @Test
  void ctrlCDuringLongOutputStopsPromptly() throws Exception {
    Tools.require("perl");
    Tools.require("setsid");
    for (Program program : programs()) {
      List<String> command = new ArrayList<>(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die",
          "setsid"));
      command.addAll(program.command("show", "all", "--format", "jsonl"));
      Process process = builder(command, program.env(Map.of("LANG", "C.UTF-8"))).start();
      CompletableFuture<byte[]> err = Child.inThreadOfItsOwn(() -> readAll(process.getErrorStream()));
      InputStream out = process.getInputStream();
      assertThat(out.read()).as(program.name() + ": the output has begun").isEqualTo('{');
      // bash's own kill: /bin/kill comes with procps, which a minimal system may lack.
      Process kill = new ProcessBuilder("bash", "-c", "kill -INT -- -" + process.pid()).start();
      assertThat(kill.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      assertThat(kill.exitValue()).isZero();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).as(program.name() + ": stopped within 10 s").isTrue();
      out.close();
      assertThat(process.exitValue()).as(program.name()).isEqualTo(128 + 2);
      assertThat(new String(err.get(), StandardCharsets.UTF_8)).as(program.name())
          .doesNotContain("\tat ", "Exception");
    }
  }

  private static final byte[] TURN_7_1 = "7:1 Lex: 那么，GPT-5 什么时候出来？\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void anyLocaleAndTerminalGetsUtf8() throws Exception {
    List<Map<String, String>> environments = List.of(Map.of("LANG", "C"), Map.of("LC_ALL", "POSIX"),
        Map.of("LANG", "C", "TERM", "dumb"), Map.of("LC_ALL", "POSIX", "TERM", "xterm"), Map.of(),
        Map.of("LANG", "C", "COLUMNS", "20"), Map.of("LANG", "C", "COLUMNS", "1000"));
    for (Map<String, String> env : environments) {
      Result show = run(env, "show", "7:1");
      assertThat(show.code()).as(env.toString()).isZero();
      assertThat(show.out()).as(env.toString()).isEqualTo(TURN_7_1);
      Result setsid = exec(withoutTerminal(convo("show", "7:1")), env);
      assertThat(setsid.out()).as("setsid " + env).isEqualTo(TURN_7_1);
      assertThat(setsid.err()).as("setsid " + env).isEmpty();
      Map<String, String> utf8Env = new HashMap<>(env);
      utf8Env.remove("LC_ALL");
      utf8Env.put("LANG", "C.UTF-8");
      Result utf8 = run(utf8Env, "topic", "核聚变", "--format", "text");
      assertThat(utf8.text()).contains("核聚变");
      Result topic = run(env, "topic", "核聚变", "--format", "text");
      assertThat(topic.code()).as(env.toString()).isZero();
      assertThat(topic.out()).as(env + ": the same bytes as under a UTF-8 locale").isEqualTo(utf8.out());
    }
  }

  /** setsid: a new session, so the jar has no controlling terminal at all. */
  private static List<String> withoutTerminal(List<String> command) {
    List<String> all = new ArrayList<>(List.of("setsid", "--wait"));
    all.addAll(command);
    return all;
  }

  private static List<String> lines(Result result) {
    return result.text().lines().toList();
  }

  @Test
  void textWrapsToColumnsWithoutLosingText() throws Exception {
    String plain = run(Map.of("LANG", "C.UTF-8"), "show", "8:8").text();
    String words = plain.substring("8:8 Sam: ".length()).replace(" ¶ ", "").replaceAll("\\s", "");
    for (int columns : new int[] {20, 1000}) {
      // Text keeps to 100 columns unless --width asks for more.
      Result result = exec(withoutTerminal(convo("show", "8:8", "--format", "text", "--width", "1000")),
          Map.of("LANG", "C", "TERM", "dumb", "COLUMNS", Integer.toString(columns)));
      assertThat(result.code()).isZero();
      assertThat(result.err()).isEmpty();
      List<String> lines = lines(result);
      assertThat(lines).allSatisfy(l -> assertThat(Columns.of(l)).as(l).isLessThanOrEqualTo(columns));
      int first = 0;
      while (!lines.get(first).startsWith("8:8 ")) {
        first++;
      }
      List<String> turn = lines.subList(first, lines.size());
      String body = String.join("", turn).replaceFirst("8:8 Sam", "");
      assertThat(body.replaceAll("\\s", "")).as("every character, in order, at " + columns + " columns")
          .isEqualTo(words);
      long paragraphs = plain.split(" ¶ ").length;
      if (columns == 20) {
        // The label takes a line of its own there, and the text all 20 columns below it.
        assertThat(turn.get(0)).isEqualTo("8:8 Sam");
        assertThat(turn.size()).as("wrapped at 20 columns").isGreaterThan(Columns.of(words) / columns);
      } else {
        assertThat(turn.stream().filter(l -> !l.isBlank()).count())
            .as("one line per paragraph at 1000 columns").isEqualTo(paragraphs);
      }
    }
  }

  /**
   * ingest killed outright (SIGKILL, nothing can clean up) at moments spread over its run: the
   * corpus it replaces is always either the previous one or the complete new one, never a part.
   */
  @Test
  void ingestKilledAtAnyMomentNeverLeavesAHalfWrittenCorpus() throws Exception {
    byte[] complete = Files.readAllBytes(Path.of("data/corpus.json"));
    byte[] previous = "{\"previous\": true}\n".getBytes(StandardCharsets.UTF_8);
    Path out = dir.resolve("corpus.json");
    boolean sawPrevious = false;
    for (int delay = 0; delay <= 3000; delay += 250) {
      Files.write(out, previous);
      Process process = builder(convo("ingest", "data/source/lex-fridman-sam-altman-2024.zh.md", "--topics",
          "data/topics.json", "--repairs", "data/repairs.json", "--quotes", "data/quotes.json", "--glossary", "data/glossary.json", "-o", out.toString()),
          Map.of("LANG", "C.UTF-8"))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      // Not a timing assertion: only where in its run the kill lands.
      Thread.sleep(delay);
      process.destroyForcibly();
      assertThat(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      byte[] now = Files.readAllBytes(out);
      assertThat(now).as("killed after %d ms", delay).satisfiesAnyOf(
          b -> assertThat(b).isEqualTo(previous), b -> assertThat(b).isEqualTo(complete));
      sawPrevious |= java.util.Arrays.equals(now, previous);
    }
    assertThat(sawPrevious).as("some kill landed before the rename").isTrue();
    Result finished = run(Map.of("LANG", "C.UTF-8"), "ingest", "data/source/lex-fridman-sam-altman-2024.zh.md",
        "--topics", "data/topics.json", "--repairs", "data/repairs.json", "--quotes", "data/quotes.json",
        "--glossary", "data/glossary.json", "-o", out.toString());
    assertThat(finished.code()).as(finished.err()).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(complete);
  }

  private static final List<List<String>> MIXED = List.of(List.of("show", "all", "--format", "jsonl"),
      List.of("topics"), List.of("search", "核聚变", "--json"), List.of("stats", "--format", "tsv"),
      List.of("show", "7:1"), List.of("quotes", "list", "--format", "markdown"), List.of("sections"),
      List.of("topic", "gpt-5"));

  /** The mixed commands one after another: what each must print when they run at once. */
  private static List<Result> oneAtATime() throws Exception {
    List<Result> expected = new ArrayList<>();
    for (List<String> command : MIXED) {
      expected.add(run(Map.of("LANG", "C.UTF-8"), command.toArray(new String[0])));
    }
    return expected;
  }

  private static void allAtOnce(Program program, List<Result> expected) throws Exception {
    Map<String, String> env = program.env(Map.of("LANG", "C.UTF-8"));
    List<CompletableFuture<Result>> running = new ArrayList<>();
    for (List<String> command : MIXED) {
      running.add(Child.inThreadOfItsOwn(() -> {
        try {
          return exec(program.command(command.toArray(new String[0])), env);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    for (int i = 0; i < MIXED.size(); i++) {
      String what = program.name() + " " + MIXED.get(i);
      // Longer than exec's own limit, so that a run that overruns is named by exec's message.
      Result result = running.get(i).get(WAIT_SECONDS * 4, TimeUnit.SECONDS);
      assertThat(result.code()).as(what).isZero();
      assertThat(result.err()).as(what).isEmpty();
      assertThat(result.out()).as(what).isNotEmpty().isEqualTo(expected.get(i).out());
    }
  }

  @Test
  void eightRunsAtOnceEachGiveTheirOwnCorrectOutput() throws Exception {
    allAtOnce(programs().get(0), oneAtATime());
  }

  /**
   * Eight first runs of the launcher on an empty cache, all at once: each answers correctly while
   * they race to start training the start-up archive; the archive they leave maps (-Xshare:on fails
   * otherwise) and serves eight more runs at once.
   */
  @Test
  void eightFirstRunsOfTheLauncherAtOnceLeaveAUsableCache() throws Exception {
    List<Result> expected = oneAtATime();
    Path cache = dir.resolve("fresh-cache");
    Program launcher = launcher(cache);
    allAtOnce(launcher, expected);
    Path archive = awaitArchive(cache);
    awaitTrainers(cache);
    Result mapped = exec(List.of(JAVA, "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-jar", JAR.toString(),
        "show", "7:1"), Map.of("LANG", "C.UTF-8"));
    assertThat(mapped.code()).as(mapped.err()).isZero();
    assertThat(mapped.out()).isEqualTo(TURN_7_1);
    allAtOnce(launcher, expected);
  }

  /**
   * Waits, bounded, until no launcher of this build is left running: a first run that ended after
   * an archive was made may still start training again in the background, and would write into
   * the cache while it is deleted. The tests start convo one test at a time, so any such process is
   * theirs.
   */
  private static void awaitTrainers(Path cache) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS * 3);
    while (System.nanoTime() < deadline) {
      boolean running = ProcessHandle.allProcesses()
          .filter(p -> p.pid() != ProcessHandle.current().pid())
          .map(p -> p.info().commandLine().orElse(""))
          .anyMatch(line -> line.contains(LAUNCHER.toString()) || line.contains(cache.toString()));
      if (!running) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the launcher was still training in " + cache);
  }

  /** Waits, bounded, for the launcher's background training: an archive with its stamp, no lock. */
  private static Path awaitArchive(Path cache) throws Exception {
    Path archives = Path.of(cache + "/convo" + JAR.getParent());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS * 3);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(archives)) {
        try (Stream<Path> files = Files.list(archives)) {
          List<Path> all = files.toList();
          Optional<Path> archive = all.stream().filter(p -> p.toString().endsWith(Jdk.onPath().archiveSuffix()))
              .filter(p -> Files.exists(Path.of(p + ".ok"))).findFirst();
          if (archive.isPresent() && all.stream().noneMatch(p -> p.toString().endsWith(".lock"))) {
            return archive.get();
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no start-up archive under " + archives);
  }
}
