package dev.convo.corpus;

/** A participant: {@code id} is what users type ({@code lex}), {@code label} the short form shown before a turn. */
public record Speaker(String id, String name, String label) {}
