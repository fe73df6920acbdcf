/**
 * The entry point ({@link dev.convo.Main}) and the run that trains the start-up archive ({@link
 * dev.convo.ArchiveTraining}).
 *
 * <p>Uses every package; none uses it. ARCHITECTURE.md at the root of the repository describes
 * the layers.
 */
package dev.convo;
