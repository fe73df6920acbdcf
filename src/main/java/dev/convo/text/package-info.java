/**
 * The bottom layer: text as a terminal sees it. Escaping ({@link dev.convo.text.Escape}: what of a
 * corpus or a user's input may reach a terminal, and how a value is shown in a message), display
 * width ({@link dev.convo.text.Columns}, the one width table), and the facts about the process the
 * other layers ask about: its environment and terminal ({@link dev.convo.text.Env}), its arguments
 * as the operating system passed them ({@link dev.convo.text.Arguments}) and its standard output
 * ({@link dev.convo.text.StandardOutput}).
 *
 * <p>Uses only the JDK; every other package may use it.
 */
package dev.convo.text;
