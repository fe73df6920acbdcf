package dev.convo.corpus;

/** One entry of the editor's numbered list of favourite lines, linked to the key quote it names. */
public record Favourite(int rank, String text, String quote) {}
