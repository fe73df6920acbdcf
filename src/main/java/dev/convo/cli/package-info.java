/**
 * The command tree as picocli builds it: one class per command, the shared options, the output
 * a command writes to, and errors as one line with a documented exit code.
 *
 * <p>Uses {@code render}, {@code query}, {@code ingest}, {@code corpus} and {@code text}; never
 * JLine, so that commands other than {@code repl} start fast.
 */
package dev.convo.cli;
