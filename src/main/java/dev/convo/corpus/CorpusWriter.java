package dev.convo.corpus;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * Writes a corpus in the one canonical layout {@link CorpusReader} reads: two-space indent, fields
 * in schema order, absent values as {@code null}. Byte-for-byte stable, so the checked-in corpus can
 * be compared with a fresh extraction.
 */
public final class CorpusWriter {
  private CorpusWriter() {}

  public static String toJson(Corpus corpus) {
    StringWriter out = new StringWriter();
    try {
      write(corpus, out);
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  public static void write(Corpus corpus, Writer out) throws IOException {
    JsonWriter json = new JsonWriter(out);
    json.setIndent("  ");
    json.setHtmlSafe(false);
    json.setSerializeNulls(true);
    json.beginObject();
    json.name("schema").value(Corpus.SCHEMA_VERSION);
    metadata(json, corpus.metadata());
    json.name("sections").beginArray();
    for (Section section : corpus.sections()) {
      json.beginObject();
      json.name("id").value(section.id());
      json.name("slug").value(section.slug());
      json.name("number").value(section.number());
      json.name("title").value(section.title());
      json.name("titleEn").value(section.titleEn());
      json.name("turns").beginArray();
      for (Turn turn : section.turns()) {
        json.beginObject();
        json.name("id").value(turn.id());
        json.name("speaker").value(turn.speaker());
        strings(json, "paragraphs", turn.paragraphs());
        if (turn.time() != null) {
          json.name("time").value(turn.time());
        }
        json.endObject();
      }
      json.endArray();
      json.endObject();
    }
    json.endArray();
    json.name("quotes").beginArray();
    for (Quote quote : corpus.quotes()) {
      json.beginObject();
      json.name("id").value(quote.id());
      json.name("turn").value(quote.turn());
      json.name("speaker").value(quote.speaker());
      json.name("paragraph").value(quote.paragraph());
      json.name("start").value(quote.start());
      json.name("end").value(quote.end());
      json.name("text").value(quote.text());
      json.name("emphasised").value(quote.emphasised());
      json.name("editorRank").value(quote.editorRank());
      json.name("editorText").value(quote.editorText());
      json.name("origin").value(quote.origin());
      strings(json, "topics", quote.topics());
      json.endObject();
    }
    json.endArray();
    json.name("topics").beginArray();
    for (Topic topic : corpus.topics()) {
      json.beginObject();
      json.name("slug").value(topic.slug());
      json.name("title").value(topic.title());
      json.name("titleZh").value(topic.titleZh());
      strings(json, "aliases", topic.aliases());
      strings(json, "sections", topic.sections());
      strings(json, "keywords", topic.keywords());
      strings(json, "turns", topic.turns());
      strings(json, "names", topic.names());
      json.endObject();
    }
    json.endArray();
    json.name("glossary").beginArray();
    for (GlossaryEntry entry : corpus.glossary()) {
      json.beginObject();
      strings(json, "words", entry.words());
      strings(json, "forms", entry.forms());
      json.endObject();
    }
    json.endArray();
    json.endObject();
    json.flush();
    out.write('\n');
    out.flush();
  }

  private static void metadata(JsonWriter json, Metadata metadata) throws IOException {
    json.name("metadata").beginObject();
    json.name("title").value(metadata.title());
    json.name("language").value(metadata.language());
    Source source = metadata.source();
    json.name("source").beginObject();
    json.name("file").value(source.file());
    json.name("sha256").value(source.sha256());
    json.name("author").value(source.author());
    json.name("published").value(source.published());
    json.name("place").value(source.place());
    json.name("url").value(source.url());
    json.name("transcriptUrl").value(source.transcriptUrl());
    json.name("coverImage").value(source.coverImage());
    json.endObject();
    json.name("speakers").beginArray();
    for (Speaker speaker : metadata.speakers()) {
      json.beginObject();
      json.name("id").value(speaker.id());
      json.name("name").value(speaker.name());
      json.name("label").value(speaker.label());
      json.endObject();
    }
    json.endArray();
    json.name("preface").beginObject();
    strings(json, "paragraphs", metadata.preface().paragraphs());
    json.name("favourites").beginArray();
    for (Favourite favourite : metadata.preface().favourites()) {
      json.beginObject();
      json.name("rank").value(favourite.rank());
      json.name("text").value(favourite.text());
      json.name("quote").value(favourite.quote());
      json.endObject();
    }
    json.endArray();
    json.endObject();
    json.endObject();
  }

  private static void strings(JsonWriter json, String name, List<String> values) throws IOException {
    json.name(name).beginArray();
    for (String value : values) {
      json.value(value);
    }
    json.endArray();
  }
}
