package dev.convo.corpus;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a corpus and checks every rule the JSON Schema cannot express: unique ids, references that
 * resolve, quotes that really are the text they point at. A corpus comes from users too
 * ({@code --corpus}), so every failure is a {@link CorpusException} naming the file and a JSON path.
 */
public final class CorpusReader {
  /** Larger than any real transcript by two orders of magnitude, small enough to fail fast. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]{0,63}");
  private static final Pattern GSON_LOCATION =
      Pattern.compile("at line (\\d+) column (\\d+) path (\\S+)");

  private final String name;

  private CorpusReader(String name) {
    this.name = name;
  }

  /**
   * Reads a whole corpus from {@code in}; {@code name} is how messages refer to it (a file name,
   * or {@code <bundled>}).
   */
  public static Corpus read(InputStream in, String name) throws CorpusException {
    CorpusReader reader = new CorpusReader(name);
    String text = reader.decode(reader.readBounded(in));
    return reader.parse(text);
  }

  public static Corpus read(String json, String name) throws CorpusException {
    return new CorpusReader(name).parse(json);
  }

  private byte[] readBounded(InputStream in) throws CorpusException {
    try {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw fail("larger than the " + (MAX_BYTES >> 20) + " MiB a corpus may have");
      }
      return bytes;
    } catch (IOException e) {
      throw fail("cannot be read (" + e.getMessage() + ")");
    }
  }

  private String decode(byte[] bytes) throws CorpusException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      CharBuffer chars = decoder.decode(buffer);
      String text = chars.toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int offset = buffer.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw fail("invalid UTF-8, at line " + line + " byte " + (offset - lineStart + 1));
    }
  }

  private Corpus parse(String text) throws CorpusException {
    if (text.isBlank()) {
      throw fail("empty file, at line 1 column 1");
    }
    JsonElement root;
    try {
      JsonReader json = new JsonReader(new StringReader(text));
      json.setStrictness(Strictness.STRICT);
      root = com.google.gson.JsonParser.parseReader(json);
      if (json.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
        throw fail("unexpected text after the JSON document, at " + json.getPath());
      }
    } catch (JsonParseException | IOException | IllegalStateException e) {
      throw fail(describeSyntaxError(e));
    } catch (StackOverflowError e) {
      throw fail("JSON nested too deeply");
    }
    return new Validation(root).corpus();
  }

  private static String describeSyntaxError(Throwable e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = String.valueOf(cause.getMessage());
    Matcher location = GSON_LOCATION.matcher(message);
    String where = location.find()
        ? "at " + location.group(3) + " (line " + location.group(1) + ":" + location.group(2) + ")"
        : "at the end of the file";
    String what = message.contains("End of input") || cause instanceof java.io.EOFException
        ? "truncated JSON"
        : "not valid JSON";
    return what + ", " + where;
  }

  private CorpusException fail(String what) {
    return new CorpusException(name + ": " + what);
  }

  /** Walks the parsed tree, keeping the JSON path of every value for messages. */
  private final class Validation {
    private final JsonElement root;
    private final Map<String, Turn> turnsById = new HashMap<>();
    private final Set<String> speakerIds = new HashSet<>();
    private final Set<String> sectionIds = new HashSet<>();
    private final List<Section> sections = new ArrayList<>();

    Validation(JsonElement root) {
      this.root = root;
    }

    Corpus corpus() throws CorpusException {
      JsonObject top = object(root, "$");
      int schema = integer(top, "schema", "$");
      if (schema != Corpus.SCHEMA_VERSION) {
        throw fail("schema version " + schema + " is not supported (expected "
            + Corpus.SCHEMA_VERSION + "), at $.schema");
      }
      Metadata metadata = metadata(object(field(top, "metadata", "$"), "$.metadata"));
      JsonArray sectionArray = array(top, "sections", "$");
      if (sectionArray.isEmpty()) {
        throw fail("a corpus needs at least one section, at $.sections");
      }
      int seq = 0;
      for (int i = 0; i < sectionArray.size(); i++) {
        Section section = section(sectionArray.get(i), "$.sections[" + i + "]", seq);
        seq += section.turns().size();
        sections.add(section);
      }
      List<Quote> quotes = quotes(array(top, "quotes", "$"));
      checkFavourites(metadata.preface(), quotes);
      List<Topic> topics = topics(array(top, "topics", "$"));
      return new Corpus(metadata, sections, quotes, topics);
    }

    private Metadata metadata(JsonObject o) throws CorpusException {
      String path = "$.metadata";
      JsonObject s = object(field(o, "source", path), path + ".source");
      String sp = path + ".source";
      Source source = new Source(
          optionalString(s, "file", sp),
          optionalString(s, "sha256", sp),
          optionalString(s, "author", sp),
          optionalString(s, "published", sp),
          optionalString(s, "place", sp),
          optionalString(s, "url", sp),
          optionalString(s, "transcriptUrl", sp),
          optionalString(s, "coverImage", sp));
      List<Speaker> speakers = new ArrayList<>();
      JsonArray speakerArray = array(o, "speakers", path);
      if (speakerArray.isEmpty()) {
        throw fail("a corpus needs at least one speaker, at " + path + ".speakers");
      }
      for (int i = 0; i < speakerArray.size(); i++) {
        String p = path + ".speakers[" + i + "]";
        JsonObject so = object(speakerArray.get(i), p);
        Speaker speaker = new Speaker(id(so, "id", p), string(so, "name", p), string(so, "label", p));
        unique(speakerIds, speaker.id(), "speaker id", p + ".id");
        speakers.add(speaker);
      }
      JsonObject po = object(field(o, "preface", path), path + ".preface");
      String pp = path + ".preface";
      List<Favourite> favourites = new ArrayList<>();
      JsonArray favArray = array(po, "favourites", pp);
      for (int i = 0; i < favArray.size(); i++) {
        String p = pp + ".favourites[" + i + "]";
        JsonObject fo = object(favArray.get(i), p);
        favourites.add(new Favourite(positive(fo, "rank", p), string(fo, "text", p), id(fo, "quote", p)));
      }
      Preface preface = new Preface(strings(po, "paragraphs", pp), favourites);
      return new Metadata(string(o, "title", path), string(o, "language", path), source, speakers, preface);
    }

    private Section section(JsonElement element, String path, int seqBefore) throws CorpusException {
      JsonObject o = object(element, path);
      String id = id(o, "id", path);
      unique(sectionIds, id, "section id", path + ".id");
      JsonElement numberElement = field(o, "number", path);
      Integer number = numberElement.isJsonNull() ? null : positive(o, "number", path);
      JsonArray turnArray = array(o, "turns", path);
      List<Turn> turns = new ArrayList<>();
      for (int i = 0; i < turnArray.size(); i++) {
        String p = path + ".turns[" + i + "]";
        JsonObject to = object(turnArray.get(i), p);
        String turnId = id(to, "id", p);
        String expected = id + ":" + (i + 1);
        if (!turnId.equals(expected)) {
          throw fail("turn id '" + turnId + "' should be '" + expected + "', at " + p + ".id");
        }
        if (turnsById.containsKey(turnId)) {
          throw fail("duplicate turn id '" + turnId + "', at " + p + ".id");
        }
        String speaker = id(to, "speaker", p);
        if (!speakerIds.contains(speaker)) {
          throw fail("unknown speaker '" + speaker + "', at " + p + ".speaker");
        }
        List<String> paragraphs = strings(to, "paragraphs", p);
        if (paragraphs.isEmpty() || paragraphs.stream().anyMatch(String::isBlank)) {
          throw fail("a turn needs paragraphs with text, at " + p + ".paragraphs");
        }
        Turn turn = new Turn(turnId, id, i + 1, seqBefore + i + 1, speaker, paragraphs);
        turnsById.put(turnId, turn);
        turns.add(turn);
      }
      return new Section(id, id(o, "slug", path), number, string(o, "title", path),
          string(o, "titleEn", path), turns);
    }

    private List<Quote> quotes(JsonArray array) throws CorpusException {
      Set<String> ids = new HashSet<>();
      List<Quote> quotes = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        String p = "$.quotes[" + i + "]";
        JsonObject o = object(array.get(i), p);
        String id = id(o, "id", p);
        unique(ids, id, "quote id", p + ".id");
        String turnId = id(o, "turn", p);
        Turn turn = turnsById.get(turnId);
        if (turn == null) {
          throw fail("quote refers to unknown turn '" + turnId + "', at " + p + ".turn");
        }
        String speaker = id(o, "speaker", p);
        if (!speaker.equals(turn.speaker())) {
          throw fail("quote speaker '" + speaker + "' is not the turn's speaker '"
              + turn.speaker() + "', at " + p + ".speaker");
        }
        int paragraph = natural(o, "paragraph", p);
        if (paragraph >= turn.paragraphs().size()) {
          throw fail("turn " + turnId + " has no paragraph " + paragraph + ", at " + p + ".paragraph");
        }
        String text = string(o, "text", p);
        int start = natural(o, "start", p);
        int end = natural(o, "end", p);
        String para = turn.paragraphs().get(paragraph);
        int length = para.codePointCount(0, para.length());
        if (start >= end || end > length) {
          throw fail("quote span " + start + "-" + end + " lies outside its paragraph, at " + p);
        }
        String span = para.substring(para.offsetByCodePoints(0, start), para.offsetByCodePoints(0, end));
        if (!span.equals(text)) {
          throw fail("quote text differs from the turn's text at its span, at " + p + ".text");
        }
        JsonElement rankElement = field(o, "editorRank", p);
        Integer rank = rankElement.isJsonNull() ? null : positive(o, "editorRank", p);
        String editorText = optionalString(o, "editorText", p);
        boolean emphasised = bool(o, "emphasised", p);
        quotes.add(new Quote(id, turnId, turn.section(), speaker, paragraph, start, end, text,
            emphasised, rank, editorText));
      }
      return quotes;
    }

    private void checkFavourites(Preface preface, List<Quote> quotes) throws CorpusException {
      for (int i = 0; i < preface.favourites().size(); i++) {
        Favourite favourite = preface.favourites().get(i);
        String p = "$.metadata.preface.favourites[" + i + "]";
        Quote quote = quotes.stream().filter(q -> q.id().equals(favourite.quote())).findFirst()
            .orElseThrow(() -> fail("favourite refers to unknown quote '" + favourite.quote()
                + "', at " + p + ".quote"));
        if (!Integer.valueOf(favourite.rank()).equals(quote.editorRank())) {
          throw fail("favourite rank " + favourite.rank() + " differs from quote " + quote.id()
              + "'s editorRank, at " + p + ".rank");
        }
      }
    }

    private List<Topic> topics(JsonArray array) throws CorpusException {
      Set<String> names = new HashSet<>();
      List<Topic> topics = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        String p = "$.topics[" + i + "]";
        JsonObject o = object(array.get(i), p);
        String slug = id(o, "slug", p);
        unique(names, slug, "topic slug", p + ".slug");
        List<String> topicSections = strings(o, "sections", p);
        for (int j = 0; j < topicSections.size(); j++) {
          if (!sectionIds.contains(topicSections.get(j))) {
            throw fail("topic refers to unknown section '" + topicSections.get(j) + "', at "
                + p + ".sections[" + j + "]");
          }
        }
        List<String> keywords = strings(o, "keywords", p);
        if (topicSections.isEmpty() && keywords.isEmpty()) {
          throw fail("topic '" + slug + "' names no sections and no keywords, at " + p);
        }
        topics.add(new Topic(slug, string(o, "title", p), string(o, "titleZh", p),
            strings(o, "aliases", p), topicSections, keywords));
      }
      return topics;
    }

    private void unique(Set<String> seen, String id, String what, String path) throws CorpusException {
      if (!seen.add(id)) {
        throw fail("duplicate " + what + " '" + id + "', at " + path);
      }
    }

    private JsonElement field(JsonObject o, String key, String path) throws CorpusException {
      JsonElement value = o.get(key);
      if (value == null) {
        throw fail("missing required field '" + key + "', at " + path);
      }
      return value;
    }

    private JsonObject object(JsonElement e, String path) throws CorpusException {
      if (!e.isJsonObject()) {
        throw fail("expected an object but found " + kind(e) + ", at " + path);
      }
      return e.getAsJsonObject();
    }

    private JsonArray array(JsonObject o, String key, String path) throws CorpusException {
      JsonElement e = field(o, key, path);
      if (!e.isJsonArray()) {
        throw fail("expected an array but found " + kind(e) + ", at " + path + "." + key);
      }
      return e.getAsJsonArray();
    }

    private String string(JsonObject o, String key, String path) throws CorpusException {
      return stringValue(field(o, key, path), path + "." + key);
    }

    private String stringValue(JsonElement e, String path) throws CorpusException {
      if (!(e instanceof JsonPrimitive primitive) || !primitive.isString()) {
        throw fail("expected a string but found " + kind(e) + ", at " + path);
      }
      return primitive.getAsString();
    }

    private String optionalString(JsonObject o, String key, String path) throws CorpusException {
      JsonElement e = o.get(key);
      return e == null || e.isJsonNull() ? null : stringValue(e, path + "." + key);
    }

    /** Ids appear on command lines and in refs, so they must be short, printable and space-free. */
    private String id(JsonObject o, String key, String path) throws CorpusException {
      String value = string(o, key, path);
      if (!ID.matcher(value).matches()) {
        throw fail("'" + abbreviate(value) + "' is not a valid id, at " + path + "." + key);
      }
      return value;
    }

    private List<String> strings(JsonObject o, String key, String path) throws CorpusException {
      JsonArray array = array(o, key, path);
      List<String> values = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        values.add(stringValue(array.get(i), path + "." + key + "[" + i + "]"));
      }
      return values;
    }

    private int integer(JsonObject o, String key, String path) throws CorpusException {
      JsonElement e = field(o, key, path);
      if (!(e instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
        throw fail("expected a number but found " + kind(e) + ", at " + path + "." + key);
      }
      try {
        return new java.math.BigDecimal(primitive.getAsString()).intValueExact();
      } catch (ArithmeticException | NumberFormatException ex) {
        throw fail("expected a whole number but found " + abbreviate(primitive.getAsString())
            + ", at " + path + "." + key);
      }
    }

    private int natural(JsonObject o, String key, String path) throws CorpusException {
      int value = integer(o, key, path);
      if (value < 0) {
        throw fail("expected a number ≥ 0 but found " + value + ", at " + path + "." + key);
      }
      return value;
    }

    private int positive(JsonObject o, String key, String path) throws CorpusException {
      int value = integer(o, key, path);
      if (value < 1) {
        throw fail("expected a number ≥ 1 but found " + value + ", at " + path + "." + key);
      }
      return value;
    }

    private boolean bool(JsonObject o, String key, String path) throws CorpusException {
      JsonElement e = field(o, key, path);
      if (!(e instanceof JsonPrimitive primitive) || !primitive.isBoolean()) {
        throw fail("expected true or false but found " + kind(e) + ", at " + path + "." + key);
      }
      return primitive.getAsBoolean();
    }

    private String kind(JsonElement e) {
      if (e.isJsonNull()) {
        return "null";
      }
      if (e.isJsonObject()) {
        return "an object";
      }
      if (e.isJsonArray()) {
        return "an array";
      }
      JsonPrimitive p = e.getAsJsonPrimitive();
      return p.isString() ? "a string" : p.isNumber() ? "a number" : "a boolean";
    }

    private String abbreviate(String value) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      return shown.replaceAll("\\p{Cntrl}", "?");
    }
  }
}
