package dev.convo.text;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Where a run's time goes, for measuring start-up rather than guessing at it. With
 * {@code CONVO_TRACE=startup} convo prints one line to standard error as it exits: milliseconds from
 * the JVM's start to {@code main}, building the command tree, reading the corpus, the command's own
 * work (parsing its arguments included) and exiting. Off, which is always but when asked, it costs
 * one environment lookup: the clock is never read and nothing else is loaded.
 */
public final class StartupTrace {
  public static final String VARIABLE = "CONVO_TRACE";
  private static final boolean ON = "startup".equals(System.getenv(VARIABLE));

  private static long mainMillis;
  private static long mainNanos;
  private static long treeNanos;
  private static long corpusNanos;
  private static long commandNanos;

  private StartupTrace() {}

  /** {@code main} has begun. */
  public static void main() {
    if (ON) {
      mainMillis = System.currentTimeMillis();
      mainNanos = System.nanoTime();
      // A hook runs after Runtime.exit has done its own work (on JDK 21+ it logs the exit), so the
      // exit phase includes it.
      Runtime.getRuntime().addShutdownHook(new Thread(StartupTrace::print, "convo-trace"));
    }
  }

  public static void treeBuilt() {
    if (ON) {
      treeNanos = System.nanoTime();
    }
  }

  /** The clock when reading a corpus begins, to be handed to {@link #corpusRead(long)}. */
  public static long corpusStarts() {
    return ON ? System.nanoTime() : 0;
  }

  public static void corpusRead(long started) {
    if (ON) {
      corpusNanos += System.nanoTime() - started;
    }
  }

  public static void commandDone() {
    if (ON) {
      commandNanos = System.nanoTime();
    }
  }

  private static void print() {
    long end = System.nanoTime();
    // Loaded only now, so that the phases before it do not pay for the management classes.
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    double jvm = mainMillis - jvmStart;
    double tree = millis(mainNanos, treeNanos);
    double corpus = corpusNanos / 1e6;
    double command = millis(treeNanos, commandNanos) - corpus;
    double exit = millis(commandNanos, end);
    System.err.println(String.format(Locale.ROOT,
        "convo: startup ms: jvm %.1f, tree %.1f, corpus %.1f, command %.1f, exit %.1f, total %.1f",
        jvm, tree, corpus, command, exit, jvm + millis(mainNanos, end)));
  }

  private static double millis(long from, long to) {
    return from == 0 || to == 0 ? 0 : (to - from) / 1e6;
  }
}
