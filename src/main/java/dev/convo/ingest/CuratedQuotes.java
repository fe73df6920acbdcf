package dev.convo.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotes chosen by reading the interview, beside the key quotes the source sets in bold.
 * Reviewed like code; the extractor locates each in its turn and refuses any that breaks a rule.
 */
record CuratedQuotes(List<Entry> quotes) {
  record Entry(String id, String turn, String text, List<String> topics) {}

  static CuratedQuotes none() {
    return new CuratedQuotes(List.of());
  }

  static CuratedQuotes parse(String json, String file) throws IngestException {
    List<Entry> quotes = new ArrayList<>();
    for (JsonInput quote : JsonInput.parse(json, file).field("quotes").items()) {
      quotes.add(new Entry(quote.field("id").string(), quote.field("turn").string(),
          quote.field("text").string(), quote.field("topics").strings()));
    }
    return new CuratedQuotes(List.copyOf(quotes));
  }
}
