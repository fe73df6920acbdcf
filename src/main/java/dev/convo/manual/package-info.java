/**
 * The man page, generated from the command tree's own help text.
 *
 * <p>Uses {@code cli} and the layers below it.
 */
package dev.convo.manual;
