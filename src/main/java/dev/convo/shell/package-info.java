/**
 * What the command tree tells the shell: completion scripts for bash, zsh and fish, the names of
 * the corpus they complete, and the man page.
 *
 * <p>Uses {@code cli} and the layers below it.
 */
package dev.convo.shell;
