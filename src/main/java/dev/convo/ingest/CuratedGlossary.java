package dev.convo.ingest;

import dev.convo.corpus.CorpusException;
import dev.convo.corpus.GlossaryEntry;
import dev.convo.corpus.Section;
import dev.convo.corpus.StrictJson;
import dev.convo.corpus.Turn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The glossary search expands queries through: for each entry, the words readers type and the forms
 * the text writes. Reviewed like code; every form must occur in the text as written, so that an
 * expansion never searches for what cannot be found.
 */
record CuratedGlossary(List<GlossaryEntry> entries) {
  private static final String[] ROOT = {"entries", ReviewedJson.COMMENT};
  private static final String[] ENTRY = {"words", "forms"};

  static CuratedGlossary none() {
    return new CuratedGlossary(List.of());
  }

  static CuratedGlossary parse(String json, String file) throws IngestException {
    List<GlossaryEntry> entries = ReviewedJson.read(json, file, CuratedGlossary::root);
    for (int i = 0; i < entries.size(); i++) {
      GlossaryEntry entry = entries.get(i);
      if (entry.forms().isEmpty()) {
        throw new IngestException(file + ": entry " + (i + 1) + " has no forms; give how the text writes it");
      }
      for (String text : concat(entry.words(), entry.forms())) {
        if (text.isBlank()) {
          throw new IngestException(file + ": entry " + (i + 1) + " has an empty word or form");
        }
      }
    }
    return new CuratedGlossary(entries);
  }

  private static List<GlossaryEntry> root(StrictJson json) throws IOException, CorpusException {
    List<GlossaryEntry> entries = new ArrayList<>();
    json.beginObject(ROOT, 1);
    for (String field; (field = json.nextField()) != null; ) {
      if (field.equals("entries")) {
        json.beginArray();
        while (json.hasNext()) {
          entries.add(entry(json));
        }
        json.endArray();
      } else {
        json.string();
      }
    }
    json.endObject();
    return List.copyOf(entries);
  }

  private static GlossaryEntry entry(StrictJson json) throws IOException, CorpusException {
    List<String> words = null;
    List<String> forms = null;
    json.beginObject(ENTRY);
    for (String field; (field = json.nextField()) != null; ) {
      if (field.equals("words")) {
        words = json.strings();
      } else {
        forms = json.strings();
      }
    }
    json.endObject();
    return new GlossaryEntry(words, forms);
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
