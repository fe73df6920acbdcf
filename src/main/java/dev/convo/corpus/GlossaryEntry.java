package dev.convo.corpus;

import java.util.List;

/**
 * One entry of the glossary search expands queries through: {@code words} a reader may type (in
 * any language) for what the text writes as {@code forms}. A query term that is one of the words or
 * forms also searches every form; the forms occur in the text, as ingest checks.
 */
public record GlossaryEntry(List<String> words, List<String> forms) {
  public GlossaryEntry {
    words = List.copyOf(words);
    forms = List.copyOf(forms);
  }
}
