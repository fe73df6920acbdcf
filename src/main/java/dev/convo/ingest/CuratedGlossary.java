package dev.convo.ingest;

import dev.convo.corpus.GlossaryEntry;
import dev.convo.corpus.Section;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * The glossary search expands queries through: for each entry, the words readers type and the forms
 * the text writes. Reviewed like code; every form must occur in the text as written, so that an
 * expansion never searches for what cannot be found.
 */
record CuratedGlossary(List<GlossaryEntry> entries) {
  static CuratedGlossary none() {
    return new CuratedGlossary(List.of());
  }

  static CuratedGlossary parse(String json, String file) throws IngestException {
    List<GlossaryEntry> entries = new ArrayList<>();
    List<JsonInput> items = JsonInput.parse(json, file).field("entries").items();
    for (int i = 0; i < items.size(); i++) {
      List<String> words = items.get(i).field("words").strings();
      List<String> forms = items.get(i).field("forms").strings();
      if (forms.isEmpty()) {
        throw new IngestException(file + ": entry " + (i + 1) + " has no forms; give how the text writes it");
      }
      for (String text : concat(words, forms)) {
        if (text.isBlank()) {
          throw new IngestException(file + ": entry " + (i + 1) + " has an empty word or form");
        }
      }
      entries.add(new GlossaryEntry(words, forms));
    }
    return new CuratedGlossary(List.copyOf(entries));
  }

  /** The entries, once every form is found in {@code sections}' text. */
  List<GlossaryEntry> checkedAgainst(List<Section> sections, String file) throws IngestException {
    for (int i = 0; i < entries.size(); i++) {
      for (String form : entries.get(i).forms()) {
        if (!occurs(form, sections)) {
          throw new IngestException(file + ": entry " + (i + 1) + ": the form '" + form
              + "' does not occur in the text; forms are written as the text writes them");
        }
      }
    }
    return entries;
  }

  private static boolean occurs(String form, List<Section> sections) {
    for (Section section : sections) {
      for (Turn turn : section.turns()) {
        for (String paragraph : turn.paragraphs()) {
          if (paragraph.contains(form)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
