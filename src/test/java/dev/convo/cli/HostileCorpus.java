package dev.convo.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled corpus with terminal escapes injected into every kind of text a command shows: a
 * key quote (its turn and its own text, offsets kept consistent), another turn, section titles, a
 * speaker's name and label, a topic's titles and an alias, the corpus title.
 */
public final class HostileCorpus {
  /**
   * One of each: OSC (set the window title) ended by BEL, CSI (clear the screen), the 8-bit CSI
   * (C1), backspaces, a carriage return, a right-to-left override and its pop, an isolate, a
   * right-to-left mark, DEL, NEL (C1), NUL, the Unicode line separator.
   */
  public static final String PAYLOAD = "\u001b]0;PWNED\u0007\u001b[2J\u009b31m\b\b\rX\u202eevil\u202c"
      + "\u2066iso\u2069\u200f\u007f\u0085\u0000\u2028end";

  /** How the escaping renderers show the start of {@link #PAYLOAD}. */
  public static final String SHOWN = "\\x1b]0;PWNED\\x07\\x1b[2J\\x9b31m\\x08\\x08\\x0dX\\u202eevil\\u202c";

  /** The quote whose text carries the payload, and the turn without a quote that carries it too. */
  public static final String QUOTE = "q1";
  public static final String TURN = "7:1";

  private HostileCorpus() {}

  public static Path write(Path dir) throws IOException {
    JsonObject corpus = JsonParser.parseString(
        Files.readString(Path.of("data/corpus.json"), StandardCharsets.UTF_8)).getAsJsonObject();
    JsonObject metadata = corpus.getAsJsonObject("metadata");
    append(metadata, "title");
    JsonObject lex = metadata.getAsJsonArray("speakers").get(0).getAsJsonObject();
    append(lex, "name");
    append(lex, "label");

    // Only the key quotes: the payload shifts the text after it, and a turn without a quote is wanted.
    JsonArray keyQuotes = new JsonArray();
    for (JsonElement q : corpus.getAsJsonArray("quotes")) {
      if (!q.getAsJsonObject().get("origin").getAsString().equals("curated")) {
        keyQuotes.add(q);
      }
    }
    corpus.add("quotes", keyQuotes);
    JsonObject quote = null;
    for (JsonElement q : corpus.getAsJsonArray("quotes")) {
      if (q.getAsJsonObject().get("id").getAsString().equals(QUOTE)) {
        quote = q.getAsJsonObject();
      }
    }
    int inside = 2;
    int payloadLength = PAYLOAD.codePointCount(0, PAYLOAD.length());
    String text = quote.get("text").getAsString();
    int cut = text.offsetByCodePoints(0, inside);
    quote.addProperty("text", text.substring(0, cut) + PAYLOAD + text.substring(cut));
    quote.addProperty("end", quote.get("end").getAsInt() + payloadLength);

    for (JsonElement s : corpus.getAsJsonArray("sections")) {
      JsonObject section = s.getAsJsonObject();
      append(section, "title");
      append(section, "titleEn");
      for (JsonElement t : section.getAsJsonArray("turns")) {
        JsonObject turn = t.getAsJsonObject();
        String id = turn.get("id").getAsString();
        JsonArray paragraphs = turn.getAsJsonArray("paragraphs");
        if (id.equals(quote.get("turn").getAsString())) {
          int p = quote.get("paragraph").getAsInt();
          String paragraph = paragraphs.get(p).getAsString();
          int at = paragraph.offsetByCodePoints(0, quote.get("start").getAsInt() + inside);
          paragraphs.set(p, new JsonPrimitive(paragraph.substring(0, at) + PAYLOAD + paragraph.substring(at)));
        } else if (id.equals(TURN)) {
          paragraphs.set(0, new JsonPrimitive(paragraphs.get(0).getAsString() + PAYLOAD));
        }
      }
    }
    JsonObject topic = corpus.getAsJsonArray("topics").get(0).getAsJsonObject();
    append(topic, "title");
    append(topic, "titleZh");
    topic.getAsJsonArray("aliases").add("alias" + PAYLOAD);

    Path file = dir.resolve("hostile.json");
    Files.writeString(file, corpus.toString(), StandardCharsets.UTF_8);
    return file;
  }

  /** The slug of the topic whose titles and alias carry the payload. */
  public static String topic() throws IOException {
    return JsonParser.parseString(Files.readString(Path.of("data/corpus.json"), StandardCharsets.UTF_8))
        .getAsJsonObject().getAsJsonArray("topics").get(0).getAsJsonObject().get("slug").getAsString();
  }

  private static void append(JsonObject object, String field) {
    object.addProperty(field, object.get(field).getAsString() + PAYLOAD);
  }

  /**
   * Where {@code bytes} hold a character that acts on a terminal: a C0 control other than newline
   * and tab, DEL, a C1 control (UTF-8 C2 80–C2 9F), the line and paragraph separators, a bidi
   * mark, embedding, override or isolate, or the Arabic letter mark; ESC is allowed only as the
   * start of an SGR colour sequence when {@code colour}. -1 if there is none.
   */
  public static int firstUnsafeByte(byte[] bytes, boolean colour) {
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      int b1 = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : -1;
      int b2 = i + 2 < bytes.length ? bytes[i + 2] & 0xFF : -1;
      if (b == 0x1B && colour && isSgr(bytes, i)) {
        continue;
      }
      if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
        return i;
      }
      if (b == 0xC2 && b1 >= 0x80 && b1 <= 0x9F) {
        return i;
      }
      if (b == 0xD8 && b1 == 0x9C) {
        return i;
      }
      if (b == 0xE2 && b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xA8 && b2 <= 0xAE))) {
        return i;
      }
      if (b == 0xE2 && b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) {
        return i;
      }
    }
    return -1;
  }

  /**
   * ESC [ digits and semicolons m — a colour, and nothing more. The payload's own CSI (ESC [ 2 J)
   * is not one, so a raw payload is still caught in colour output.
   */
  private static boolean isSgr(byte[] bytes, int at) {
    if (at + 2 >= bytes.length || bytes[at + 1] != '[') {
      return false;
    }
    for (int i = at + 2; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == 'm') {
        return true;
      }
      if (!(b >= '0' && b <= '9') && b != ';') {
        return false;
      }
    }
    return false;
  }
}
