package dev.convo.cli;

/** The exit statuses convo documents; scripts rely on them, like grep's. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int NO_MATCH = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
