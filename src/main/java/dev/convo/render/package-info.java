/**
 * Output: the formats a user picks with {@code --format} (text, plain, markdown, json, tsv), the
 * layout of turns and tables in terminal columns, and the colours ({@link
 * dev.convo.render.Palette}).
 *
 * <p>Uses {@code query}, {@code corpus} and {@code text}. Knows nothing of commands.
 */
package dev.convo.render;
