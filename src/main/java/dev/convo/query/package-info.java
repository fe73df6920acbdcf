/**
 * Questions asked of a corpus: references such as {@code 7:1-3}, topics, quotes, search and
 * statistics. Answers are records; nothing here renders or prints.
 *
 * <p>Uses {@code corpus} and {@code text}.
 */
package dev.convo.query;
