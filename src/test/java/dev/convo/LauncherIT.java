package dev.convo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built launcher, {@code target/convo}, the way users do, and holds it to one rule: with or
 * without its class-data-sharing archive, and whatever is wrong with the cache, it prints exactly
 * what {@code java -jar target/convo.jar} prints and exits with the same status.
 */
class LauncherIT {
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final Path LAUNCHER = TARGET.resolve("convo");
  private static final Path JAR = TARGET.resolve("convo.jar");
  private static final Duration TRAINING = Duration.ofSeconds(120);
  /** One run of the launcher or the jar; a first run answers before it trains. */
  private static final Duration RUN = Duration.ofSeconds(60);

  /** One command that answers on stdout and one that fails on stderr with a usage status. */
  private static final List<List<String>> COMMANDS =
      List.of(List.of("show", "7:3"), List.of("--no-such-option"));

  @TempDir Path temp;

  record Run(int status, String out, String err) {}

  /**
   * Training outlives the run that started it: a first run that finishes after another has made
   * the archive still looks for it in the background. Each test ends once no launcher of its own
   * is left, so that none writes into a cache being deleted. The tests run one at a time, and a
   * launcher is known by its path or a file under this test's directory on its command line.
   */
  @AfterEach
  void awaitTrainers() throws Exception {
    Instant deadline = Instant.now().plus(TRAINING);
    while (ProcessHandle.allProcesses().anyMatch(this::ours)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("a launcher was still running after " + TRAINING);
      }
      Thread.sleep(100);
    }
  }

  private boolean ours(ProcessHandle process) {
    List<String> args = List.of(process.info().arguments().orElse(new String[0]));
    return args.contains(LAUNCHER.toString()) || args.stream().anyMatch(arg -> arg.contains(temp.toString()));
  }

  @Test
  void firstRunInAMissingCacheDirectoryPrintsWhatThePlainJarPrintsThenLaterRunsUseTheArchive()
      throws Exception {
    Path cache = temp.resolve("not/yet/made");
    assertSameAsPlainJar(cache, Jdk.onPath().home());
    Path archive = awaitArchive(cache);
    assertSameAsPlainJar(cache, Jdk.onPath().home());

    Path log = temp.resolve("classes.log");
    run(LAUNCHER, cache, null, Map.of("_JAVA_OPTIONS", "-Xlog:class+load:file=" + log), "--version");
    assertThat(Files.readString(log))
        .as("the second run maps %s", archive)
        .contains(Jdk.onPath().loadedFromArchive());
  }

  /**
   * What reads a first run's output through {@code $(…)} or a pipe gets end-of-file as soon as the
   * output is done, as from a plain run, not after the training that follows in the background.
   */
  @Test
  void aFirstRunClosesItsOutputAndErrorWhenItsAnswerIsDoneAndTrainsAfterwards() throws Exception {
    Path java = Jdk.onPath().home().resolve("bin/java");
    Map<String, String> env = Map.of("JAVA_HOME", Jdk.onPath().home().toString());
    for (List<String> command : COMMANDS) {
      Path cache = temp.resolve("cache-" + COMMANDS.indexOf(command));
      List<String> plainArgs = new ArrayList<>(List.of("-jar", JAR.toString()));
      plainArgs.addAll(command);
      timeToEndOfOutput(java, null, env, plainArgs);
      Timed plain = timeToEndOfOutput(java, null, env, plainArgs);

      Timed first = timeToEndOfOutput(LAUNCHER, cache, env, command);
      assertThat(finishedArchive(cache, null))
          .as("target/convo %s: no archive yet when its output ended", command).isEmpty();
      assertThat(first.run()).as("target/convo %s", command).isEqualTo(plain.run());
      assertThat(first.endOfOutput())
          .as("target/convo %s: end of output, against %s for java -jar", command, plain.endOfOutput())
          .isLessThan(plain.endOfOutput().multipliedBy(2).plusMillis(500));
      awaitArchive(cache);
    }
  }

  @Test
  void aCacheDirectoryThatCannotBeCreatedMeansPlainStartsAndNoArchive() throws Exception {
    Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
    Path cache = file.resolve("cache");
    assertSameAsPlainJar(cache, Jdk.onPath().home());
    assertSameAsPlainJar(cache, Jdk.onPath().home());
    assertThat(file).hasContent("not a directory");
  }

  /**
   * Root may write anywhere, so as root the launcher runs as nobody (setpriv, from util-linux), from
   * a copy beside its jar in a directory nobody can read, with a cache directory that root owns.
   */
  @Test
  void aCacheDirectoryItMayNotWriteMeansPlainStartsAndNoArchive() throws Exception {
    Path shared = Files.createTempDirectory("convo-launcher");
    try {
      Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path launcher = Files.copy(LAUNCHER, shared.resolve("convo"));
      Files.copy(JAR, shared.resolve("convo.jar"));
      Path cache = Files.createDirectory(shared.resolve("read-only"));
      List<String> asUser = List.of();
      if ("root".equals(System.getProperty("user.name"))) {
        Tools.require("setpriv");
        asUser = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
      } else {
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("r-xr-xr-x"));
      }
      Path java = Jdk.onPath().home();
      for (List<String> command : COMMANDS) {
        Run plain = run(asUser, java.resolve("bin/java"), null, null, Map.of(),
            Stream.concat(Stream.of("-jar", JAR.toString()), command.stream()).toArray(String[]::new));
        Run launched = run(asUser, launcher, cache, null, Map.of(), command.toArray(String[]::new));
        assertThat(launched).as("%s %s as %s", launcher, command, asUser).isEqualTo(plain);
      }
      try (Stream<Path> files = Files.list(cache)) {
        assertThat(files).isEmpty();
      }
    } finally {
      Files.setPosixFilePermissions(shared.resolve("read-only"), PosixFilePermissions.fromString("rwxr-xr-x"));
      try (Stream<Path> files = Files.walk(shared)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  @Test
  void anArchiveTruncatedInPlaceIsNotMappedButReplaced() throws Exception {
    Path cache = temp.resolve("cache");
    run(LAUNCHER, cache, null, Map.of(), "--version");
    Path archive = awaitArchive(cache);
    long size = Files.size(archive);
    Instant made = Files.getLastModifiedTime(archive).toInstant();
    archive.toFile().setWritable(true);
    try (var channel = Files.newByteChannel(archive, StandardOpenOption.WRITE)) {
      channel.truncate(size / 2);
    }
    Files.setLastModifiedTime(archive, FileTime.from(made.plusSeconds(5)));

    assertSameAsPlainJar(cache, Jdk.onPath().home());
    Path again = awaitArchive(cache);
    // A JDK 25 AOT cache made again differs in size by a few pages; half of it is no archive.
    assertThat(Files.size(again)).isGreaterThan(size * 9 / 10);
    assertSameAsPlainJar(cache, Jdk.onPath().home());
  }

  @Test
  void anArchiveOverwrittenWithGarbageKeepingItsTimestampIsRefusedQuietly() throws Exception {
    garbageKeepingItsTimestampIsRefusedQuietly(Jdk.onPath().home());
  }

  @Test
  void anAotCacheOverwrittenWithGarbageKeepingItsTimestampIsRefusedQuietly() throws Exception {
    garbageKeepingItsTimestampIsRefusedQuietly(Jdk.atLeast(25).home());
  }

  private void garbageKeepingItsTimestampIsRefusedQuietly(Path javaHome) throws Exception {
    Path cache = temp.resolve("cache");
    run(LAUNCHER, cache, null, Map.of("JAVA_HOME", javaHome.toString()), "--version");
    Path archive = awaitArchive(cache);
    FileTime made = Files.getLastModifiedTime(archive);
    archive.toFile().setWritable(true);
    byte[] garbage = new byte[(int) Files.size(archive)];
    new java.util.Random(42).nextBytes(garbage);
    Files.write(archive, garbage);
    Files.setLastModifiedTime(archive, made);

    assertSameAsPlainJar(cache, javaHome);
  }

  @Test
  void anotherJdkGetsItsOwnArchiveAndRefusesAForeignOneQuietly() throws Exception {
    Path other = Jdk.other().home();
    Path cache = temp.resolve("cache");
    run(LAUNCHER, cache, null, Map.of(), "--version");
    Path ours = awaitArchive(cache);

    assertSameAsPlainJar(cache, other);
    Path theirs = awaitArchive(cache, ours);
    assertThat(theirs.getFileName().toString()).isNotEqualTo(ours.getFileName().toString());

    theirs.toFile().setWritable(true);
    Files.copy(ours, theirs, StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(theirs, Files.getLastModifiedTime(stamp(theirs)));
    assertSameAsPlainJar(cache, other);
  }

  @Test
  void onJdk25AndLaterTheArchiveIsAnAotCacheThatLaterRunsUse() throws Exception {
    Path jdk = Jdk.atLeast(25).home();
    Path cache = temp.resolve("cache");
    assertSameAsPlainJar(cache, jdk);
    Path archive = awaitArchive(cache);
    assertThat(archive.getFileName().toString()).endsWith(".aot");
    assertSameAsPlainJar(cache, jdk);

    Path log = temp.resolve("classes.log");
    run(LAUNCHER, cache, null, Map.of("JAVA_HOME", jdk.toString(),
        "_JAVA_OPTIONS", "-Xlog:class+load:file=" + log), "show", "7:3");
    List<String> loaded = Files.readAllLines(log);
    assertThat(loaded).filteredOn(line -> line.contains(" dev.convo.cli.Cli "))
        .singleElement().asString().contains("source: shared objects file");
    // System.exit asks a logger whether to log the exit; training ends the same way, so the
    // logger's classes come from the cache, not from the runtime image as the run ends.
    assertThat(loaded).filteredOn(line -> line.contains(" jdk.internal.logger.LazyLoggers "))
        .singleElement().asString().contains("source: shared objects file");
    assertThat(loaded).filteredOn(line -> line.contains("source: jrt:/"))
        .noneMatch(line -> line.contains(".logger.") || line.contains(".logging."));
  }

  @Test
  void eightConcurrentFirstRunsAllAnswerAndLeaveOneArchive() throws Exception {
    Path cache = temp.resolve("cache");
    Run plain = run(Jdk.onPath().home().resolve("bin/java"), null, null, Map.of(), "-jar", JAR.toString(), "--help");
    List<CompletableFuture<Run>> runs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      runs.add(Child.inThreadOfItsOwn(() -> run(LAUNCHER, cache, null, Map.of(), "--help")));
    }
    for (CompletableFuture<Run> future : runs) {
      assertThat(future.get()).isEqualTo(plain);
    }
    awaitArchive(cache);
    awaitTrainers();
    String suffix = Jdk.onPath().archiveSuffix();
    try (Stream<Path> files = Files.list(awaitArchive(cache).getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .hasSize(2)
          .allMatch(name -> name.endsWith(suffix) || name.endsWith(suffix + ".ok"));
    }
  }

  @Test
  void aSymlinkFromAnotherDirectoryFindsTheJarAndItsArchive() throws Exception {
    Path bin = Files.createDirectories(temp.resolve("home/.local/bin"));
    Path link = Files.createSymbolicLink(bin.resolve("convo"), LAUNCHER);
    Path cache = temp.resolve("cache");
    Run plain = run(Jdk.onPath().home().resolve("bin/java"), null, null, Map.of(), "-jar", JAR.toString(), "--version");

    try {
      assertThat(run(link, cache, temp, Map.of(), "--version")).isEqualTo(plain);
      awaitArchive(cache);
      Path log = temp.resolve("classes.log");
      run(link, cache, temp, Map.of("_JAVA_OPTIONS", "-Xlog:class+load:file=" + log), "--version");
      assertThat(Files.readString(log)).contains(Jdk.onPath().loadedFromArchive());
    } finally {
      Files.delete(link);
    }
  }

  private void assertSameAsPlainJar(Path cache, Path javaHome) {
    Map<String, String> env = Map.of("JAVA_HOME", javaHome.toString());
    for (List<String> command : COMMANDS) {
      List<String> plainArgs = new ArrayList<>(List.of("-jar", JAR.toString()));
      plainArgs.addAll(command);
      Run plain = run(javaHome.resolve("bin/java"), null, null, env, plainArgs.toArray(String[]::new));
      Run launched = run(LAUNCHER, cache, null, env, command.toArray(String[]::new));
      assertThat(launched).as("target/convo %s", command).isEqualTo(plain);
    }
  }

  /** A run, and how long its standard output and error took to reach end-of-file, the later of the two. */
  record Timed(Run run, Duration endOfOutput) {}

  private static Timed timeToEndOfOutput(Path program, Path cache, Map<String, String> env, List<String> args)
      throws Exception {
    ProcessBuilder builder = builder(List.of(), program, cache, null, env, args.toArray(String[]::new));
    long start = System.nanoTime();
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<Long> errEnd = new CompletableFuture<>();
    CompletableFuture<byte[]> err = Child.inThreadOfItsOwn(() -> {
      byte[] bytes = readAll(process.getErrorStream());
      errEnd.complete(System.nanoTime());
      return bytes;
    });
    byte[] out = process.getInputStream().readAllBytes();
    long outEnd = System.nanoTime();
    long end = Math.max(outEnd, errEnd.get(RUN.toSeconds(), TimeUnit.SECONDS));
    assertThat(process.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)).as("%s finished", program).isTrue();
    int status = process.exitValue();
    Run run = new Run(status, new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    return new Timed(run, Duration.ofNanos(end - start));
  }

  private static Run run(Path program, Path cache, Path directory, Map<String, String> env, String... args) {
    return run(List.of(), program, cache, directory, env, args);
  }

  /** Runs {@code program} (behind {@code prefix}, such as setpriv), waiting a bounded time. */
  private static Run run(List<String> prefix, Path program, Path cache, Path directory, Map<String, String> env,
      String... args) {
    Child child = Child.run(builder(prefix, program, cache, directory, env, args), null, RUN);
    return new Run(child.status(), new String(child.out(), StandardCharsets.UTF_8),
        new String(child.err(), StandardCharsets.UTF_8));
  }

  private static ProcessBuilder builder(List<String> prefix, Path program, Path cache, Path directory,
      Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.add(program.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("_JAVA_OPTIONS");
    builder.environment().putAll(env);
    if (cache != null) {
      builder.environment().put("XDG_CACHE_HOME", cache.toString());
    }
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    return builder;
  }

  private static byte[] readAll(java.io.InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /** Where the launcher keeps archives for this jar: the cache mirrors the jar's directory. */
  private static Path archiveDir(Path cache) {
    return Path.of(cache + "/convo" + TARGET);
  }

  private static Path stamp(Path archive) {
    return archive.resolveSibling(archive.getFileName() + ".ok");
  }

  /** Waits for background training to finish: an archive as old as its stamp, and no lock. */
  private static Path awaitArchive(Path cache) throws Exception {
    return awaitArchive(cache, null);
  }

  private static Path awaitArchive(Path cache, Path apartFrom) throws Exception {
    Instant deadline = Instant.now().plus(TRAINING);
    while (Instant.now().isBefore(deadline)) {
      Optional<Path> done = finishedArchive(cache, apartFrom);
      if (done.isPresent()) {
        return done.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no archive appeared under " + archiveDir(cache) + " within " + TRAINING);
  }

  /** An archive (other than {@code apartFrom}) that training has finished: stamped, and no lock. */
  private static Optional<Path> finishedArchive(Path cache, Path apartFrom) throws IOException {
    Path dir = archiveDir(cache);
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.toList();
      boolean locked = all.stream().anyMatch(p -> p.toString().endsWith(".lock"));
      Optional<Path> done = all.stream()
          .filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot"))
          .filter(p -> !p.equals(apartFrom))
          .filter(LauncherIT::stamped)
          .findFirst();
      return locked ? Optional.empty() : done;
    }
  }

  private static boolean stamped(Path archive) {
    try {
      return Files.getLastModifiedTime(archive).equals(Files.getLastModifiedTime(stamp(archive)));
    } catch (IOException e) {
      return false;
    }
  }
}
