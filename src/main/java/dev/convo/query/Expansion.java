package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.GlossaryEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What else a query term searches: the forms of every glossary entry that has the term among its
 * words or forms. Terms are compared as topic names are ({@link Fold#key}: case, width, spaces and
 * separators do not count), with traditional characters simplified.
 */
final class Expansion {
  private static Expansion last;
  /** The glossary last asked about, found the same as the last expansion's: a list it serves too. */
  private static List<GlossaryEntry> lastAskedAbout;

  private final List<GlossaryEntry> glossary;
  private final Map<String, List<String>> forms = new HashMap<>();

  private Expansion(List<GlossaryEntry> glossary) {
    this.glossary = glossary;
    for (GlossaryEntry entry : glossary) {
      for (String word : entry.words()) {
        add(word, entry.forms());
      }
      for (String form : entry.forms()) {
        add(form, entry.forms());
      }
    }
  }

  /**
   * The expansion of {@code corpus}'s glossary, kept for the last glossary asked about: the
   * conversations of one publisher share theirs, and a search across the library meets it in each.
   */
  static synchronized Expansion of(Corpus corpus) {
    List<GlossaryEntry> glossary = corpus.glossary();
    if (last == null || (last.glossary != glossary && lastAskedAbout != glossary
        && !same(last.glossary, glossary))) {
      last = new Expansion(glossary);
    }
    lastAskedAbout = glossary;
    return last;
  }

  /**
   * Whether the two glossaries hold the same entries. Not the records' own equals, which is
   * bootstrapped through method handles on its first call, at a cost of milliseconds.
   */
  private static boolean same(List<GlossaryEntry> a, List<GlossaryEntry> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).words().equals(b.get(i).words()) || !a.get(i).forms().equals(b.get(i).forms())) {
        return false;
      }
    }
    return true;
  }

  private void add(String word, List<String> entryForms) {
    String key = key(word);
    List<String> list = forms.get(key);
    if (list == null) {
      list = new ArrayList<>();
      forms.put(key, list);
    }
    for (String form : entryForms) {
      if (!list.contains(form)) {
        list.add(form);
      }
    }
  }

  private static String key(String word) {
    return Fold.key(Simplified.fold(word));
  }

  /** The forms {@code term} also searches, as the glossary writes them, without the term itself. */
  List<String> of(String term) {
    List<String> found = forms.getOrDefault(key(term), List.of());
    List<String> others = new ArrayList<>(found.size());
    String self = SearchText.term(term, true);
    for (String form : found) {
      if (!SearchText.term(form, true).equals(self)) {
        others.add(form);
      }
    }
    return others;
  }
}
