package dev.convo.ingest;

import dev.convo.corpus.CorpusException;
import dev.convo.corpus.StrictJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The quotes chosen by reading the interview, beside the key quotes the source sets in bold.
 * Reviewed like code; the extractor locates each in its turn and refuses any that breaks a rule.
 */
record CuratedQuotes(List<Entry> quotes) {
  private static final String[] ROOT = {"quotes", ReviewedJson.COMMENT};
  private static final String[] QUOTE = {"id", "turn", "text", "topics"};

  record Entry(String id, String turn, String text, List<String> topics) {}

  static CuratedQuotes none() {
    return new CuratedQuotes(List.of());
  }

  static CuratedQuotes parse(String json, String file) throws IngestException {
    return ReviewedJson.read(json, file, CuratedQuotes::root);
  }

  private static CuratedQuotes root(StrictJson json) throws IOException, CorpusException {
    List<Entry> quotes = new ArrayList<>();
    json.beginObject(ROOT, 1);
    for (String field; (field = json.nextField()) != null; ) {
      if (field.equals("quotes")) {
        json.beginArray();
        while (json.hasNext()) {
          quotes.add(quote(json));
        }
        json.endArray();
      } else {
        json.string();
      }
    }
    json.endObject();
    return new CuratedQuotes(List.copyOf(quotes));
  }

  private static Entry quote(StrictJson json) throws IOException, CorpusException {
    String id = null;
    String turn = null;
    String text = null;
    List<String> topics = null;
    json.beginObject(QUOTE);
    for (String field; (field = json.nextField()) != null; ) {
      switch (field) {
        case "id" -> id = json.string();
        case "turn" -> turn = json.string();
        case "text" -> text = json.string();
        default -> topics = json.strings();
      }
    }
    json.endObject();
    return new Entry(id, turn, text, topics);
  }
}
