package dev.convo.corpus;

/**
 * A key quote: a passage set in bold inside a turn, or a line the editor picked as a favourite.
 * {@code start} and {@code end} are code-point offsets into paragraph {@code paragraph} (from 0) of
 * turn {@code turn}; {@code editorRank} and {@code editorText} are {@code null} unless the editor
 * listed it, {@code emphasised} tells whether the source set it in bold.
 */
public record Quote(
    String id,
    String turn,
    String section,
    String speaker,
    int paragraph,
    int start,
    int end,
    String text,
    boolean emphasised,
    Integer editorRank,
    String editorText) {}
