package dev.convo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests skipped because {@link Tools#require} found a program missing, and closes the
 * run with one line naming the tools, so a run on a bare machine says what it did not cover. The
 * unit and integration tests run in two JVMs; the counts go through {@code target/tool-skips.txt}
 * (reset by the unit run) so the last line of {@code mvn verify} speaks for both.
 */
public final class ToolSkipReport implements TestExecutionListener {
  private static final Path LEDGER = Path.of("target", "tool-skips.txt");
  private static final Pattern SKIP = Pattern.compile("\\b" + Pattern.quote(Tools.SKIP_PREFIX) + "(.+?), which is not installed");

  private TestPlan plan;
  private final Map<String, Integer> skipped = new TreeMap<>();

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
      return;
    }
    Optional<String> tool = result.getThrowable().map(Throwable::getMessage).flatMap(ToolSkipReport::tool);
    if (tool.isEmpty()) {
      return;
    }
    long tests = identifier.isTest() ? 1
        : plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).count();
    skipped.merge(tool.get(), (int) tests, Integer::sum);
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    Map<String, Integer> total = new TreeMap<>();
    if (!"unit".equals(System.getProperty("convo.testRun"))) {
      total.putAll(read());
    }
    skipped.forEach((tool, count) -> total.merge(tool, count, Integer::sum));
    write(total);
    if (!total.isEmpty()) {
      System.out.println(summary(total));
    }
  }

  static String summary(Map<String, Integer> skips) {
    int tests = skips.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder tools = new StringBuilder();
    skips.forEach((tool, count) -> tools.append(tools.length() == 0 ? "" : ", ").append(tool).append(" (").append(count).append(')'));
    return "convo tests: " + tests + (tests == 1 ? " test" : " tests") + " skipped for tools not installed: " + tools;
  }

  static Optional<String> tool(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher matcher = SKIP.matcher(message);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static Map<String, Integer> read() {
    Map<String, Integer> counts = new TreeMap<>();
    if (!Files.isRegularFile(LEDGER)) {
      return counts;
    }
    try {
      for (String line : Files.readAllLines(LEDGER, StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t");
        if (fields.length == 2) {
          counts.merge(fields[0], Integer.parseInt(fields[1]), Integer::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  private static void write(Map<String, Integer> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach((tool, count) -> text.append(tool).append('\t').append(count).append('\n'));
    try {
      Files.createDirectories(LEDGER.getParent());
      Files.writeString(LEDGER, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
