package dev.convo.corpus;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON text read as strictly as a schema with {@code additionalProperties: false} reads it, over
 * Gson's streaming reader: a field given twice fails too, as JSON leaves its meaning undefined.
 * Every failure is a {@link CorpusException}, {@code FILE: what, at PATH}.
 *
 * <p>A path is made only for a message: it is a string built anew on every call, and values are
 * read for every turn of the document on every start-up.
 */
final class StrictJson implements JsonSource {
  /**
   * The corpus format nests objects four deep (the root, metadata, preface, a favourite); a field
   * outside the format fails before its value is read, so no document nests them deeper.
   */
  private static final int MAX_DEPTH = 4;

  private final JsonReader in;
  private final String name;
  private final String[][] fields = new String[MAX_DEPTH][];
  private final int[] seen = new int[MAX_DEPTH];
  private int depth;

  StrictJson(Reader text, String name) {
    this.in = new JsonReader(text);
    this.in.setStrictness(Strictness.STRICT);
    this.name = name;
  }

  @Override
  public CorpusException fail(String what) {
    return new CorpusException(name + ": " + what);
  }

  @Override
  public String path() {
    String path = in.getPath();
    // Inside an object whose first field name is still to come, Gson ends the path with a dot.
    return path.length() > 1 && path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
  }

  @Override
  public void beginObject(String[] names) throws IOException, CorpusException {
    expect(JsonToken.BEGIN_OBJECT);
    in.beginObject();
    fields[depth] = names;
    seen[depth] = 0;
    depth++;
  }

  @Override
  public String nextField() throws IOException, CorpusException {
    if (!in.hasNext()) {
      return null;
    }
    String field = in.nextName();
    String[] names = fields[depth - 1];
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(field)) {
        int bit = 1 << i;
        if ((seen[depth - 1] & bit) != 0) {
          throw fail("duplicate field '" + field + "', at " + path());
        }
        seen[depth - 1] |= bit;
        return names[i];
      }
    }
    String path = path();
    throw fail("unknown field '" + abbreviate(field) + "', at "
        + path.substring(0, path.length() - field.length()) + abbreviate(field));
  }

  @Override
  public void endObject() throws IOException, CorpusException {
    in.endObject();
    depth--;
    String[] names = fields[depth];
    for (int i = 0; i < names.length; i++) {
      if ((seen[depth] & (1 << i)) == 0) {
        throw fail("missing required field '" + names[i] + "', at " + in.getPreviousPath());
      }
    }
  }

  @Override
  public void beginArray() throws IOException, CorpusException {
    expect(JsonToken.BEGIN_ARRAY);
    in.beginArray();
  }

  @Override
  public boolean hasNext() throws IOException {
    return in.hasNext();
  }

  @Override
  public void endArray() throws IOException {
    in.endArray();
  }

  /** Fails unless the document has ended: a second value after it is not JSON. */
  @Override
  public void endDocument() throws IOException, CorpusException {
    expect(JsonToken.END_DOCUMENT);
  }

  /**
   * What is wrong with a document Gson could not parse, and where. Gson's exception says where in
   * its message, which is for people, not for parsing: the document is parsed again from {@code
   * again} one character at a time, so that the characters handed out are exactly those the parser
   * had looked at when it failed. Needing more than there was is a truncated document.
   */
  CorpusException syntaxError(Reader again) {
    String path = path();
    Located located = new Located(again);
    JsonReader slow = new JsonReader(located);
    slow.setStrictness(Strictness.STRICT);
    try {
      readValue(slow);
      slow.peek();
    } catch (IOException | IllegalStateException e) {
      return fail((located.ended ? "truncated JSON" : "not valid JSON") + ", at " + path + " (line "
          + located.where() + ")");
    }
    return fail("not valid JSON, at " + path);
  }

  /**
   * Reads a value as the document is read, names and strings decoded (skipping them would not
   * check their characters). Gson limits nesting, which bounds the recursion.
   */
  private static void readValue(JsonReader json) throws IOException {
    switch (json.peek()) {
      case BEGIN_OBJECT:
        json.beginObject();
        while (json.hasNext()) {
          json.nextName();
          readValue(json);
        }
        json.endObject();
        break;
      case BEGIN_ARRAY:
        json.beginArray();
        while (json.hasNext()) {
          readValue(json);
        }
        json.endArray();
        break;
      case BOOLEAN:
        json.nextBoolean();
        break;
      case NULL:
        json.nextNull();
        break;
      default:
        json.nextString();
        break;
    }
  }

  /** Hands out one character per read, counting lines and columns. */
  private static final class Located extends Reader {
    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    /** Where the character handed out last is, counting from 1 (column 0 before the first). */
    private int line = 1;
    private int column;
    private boolean newline;
    boolean ended;

    Located(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          ended = true;
          return -1;
        }
      }
      char c = buffer[position++];
      if (newline) {
        line++;
        column = 1;
      } else {
        column++;
      }
      newline = c == '\n';
      into[offset] = c;
      return 1;
    }

    /** The last character handed out, or at the end the place after it, as {@code line:column}. */
    String where() {
      if (!ended) {
        return line + ":" + column;
      }
      return newline ? (line + 1) + ":1" : line + ":" + (column + 1);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  @Override
  public String string() throws IOException, CorpusException {
    expect(JsonToken.STRING);
    return in.nextString();
  }

  @Override
  public String optionalString() throws IOException, CorpusException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    return string();
  }

  @Override
  public List<String> strings() throws IOException, CorpusException {
    beginArray();
    List<String> values = new ArrayList<>();
    while (in.hasNext()) {
      values.add(string());
    }
    in.endArray();
    return values;
  }

  @Override
  public int integer() throws IOException, CorpusException {
    expect(JsonToken.NUMBER);
    String literal = in.nextString();
    Integer value = wholeNumber(literal);
    if (value == null) {
      throw fail("expected a whole number but found " + abbreviate(literal) + ", at " + path());
    }
    return value;
  }

  /** The whole number a JSON number literal stands for, or {@code null} when it is none or too large. */
  static Integer wholeNumber(String literal) {
    try {
      return Integer.parseInt(literal);
    } catch (NumberFormatException notPlain) {
      try {
        return new BigDecimal(literal).intValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        return null;
      }
    }
  }

  @Override
  public Integer optionalInteger() throws IOException, CorpusException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    return integer();
  }

  @Override
  public boolean bool() throws IOException, CorpusException {
    expect(JsonToken.BOOLEAN);
    return in.nextBoolean();
  }

  private void expect(JsonToken expected) throws IOException, CorpusException {
    JsonToken actual = in.peek();
    if (actual != expected) {
      throw fail("expected " + kind(expected) + " but found " + kind(actual) + ", at " + path());
    }
  }

  private static String kind(JsonToken token) {
    switch (token) {
      case BEGIN_OBJECT:
        return "an object";
      case BEGIN_ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "the end of " + (token == JsonToken.END_DOCUMENT ? "the document" : "a container");
    }
  }

  /** A value as a message shows it: at most 40 characters, control characters as {@code ?}. */
  static String abbreviate(String value) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    StringBuilder safe = new StringBuilder(shown.length());
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      safe.append(Character.isISOControl(c) ? '?' : c);
    }
    return safe.toString();
  }
}
