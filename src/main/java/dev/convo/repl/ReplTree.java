package dev.convo.repl;

import dev.convo.text.Env;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds the tree a REPL session runs each line in: the CLI's commands and the REPL's own, which
 * the command table above this package lists.
 */
@FunctionalInterface
public interface ReplTree {
  /** The tree printing to {@code out} and {@code err} in {@code env}, its reading commands reading in {@code session}. */
  CommandLine build(PrintWriter out, PrintWriter err, Env env, Session session);
}
