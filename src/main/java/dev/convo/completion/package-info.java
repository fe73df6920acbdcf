/**
 * What the command tree tells the shells: one completion model (what each argument takes, and the
 * corpus's names that fill it), rendered as scripts for bash, zsh and fish and, through the REPL,
 * as JLine candidates.
 *
 * <p>Uses {@code cli} and the layers below it.
 */
package dev.convo.completion;
