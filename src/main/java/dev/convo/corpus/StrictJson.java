package dev.convo.corpus;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.convo.text.Escape;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON read as strictly as a schema with {@code additionalProperties: false} reads it, over Gson's
 * streaming reader: the one strict-JSON layer, for the corpus and for the reviewed files ingest
 * reads. An object is read against the list of its fields, required unless said otherwise: a
 * field given twice (JSON leaves its meaning undefined) fails at once, a required field left out
 * and a field not in the list fail at the end of the object, in that order (a file of another kind
 * is told what it lacks). Every failure is a {@link CorpusException}, {@code FILE: what, at PATH}.
 *
 * <p>A path is made only for a message: it is a string built anew on every call, and values are
 * read for every turn of the document on every start-up.
 */
public final class StrictJson implements JsonSource {
  /**
   * The corpus format nests objects four deep (the root, metadata, preface, a favourite); the
   * value of a field outside the format is skipped, not read as an object, so no document nests
   * them deeper.
   */
  private static final int MAX_DEPTH = 4;

  private final JsonReader in;
  private final String name;
  private final String[][] fields = new String[MAX_DEPTH][];
  private final int[] seen = new int[MAX_DEPTH];
  private final int[] required = new int[MAX_DEPTH];
  private final String[] unknown = new String[MAX_DEPTH];
  private int depth;

  StrictJson(Reader text, String name) {
    this.in = new JsonReader(text);
    this.in.setStrictness(Strictness.STRICT);
    this.name = name;
  }

  /** How a whole document is read: its value, which must be all there is. */
  @FunctionalInterface
  public interface Document<T> {
    T read(StrictJson json) throws IOException, CorpusException;
  }

  /**
   * Reads {@code text}, a whole document, with {@code document}; {@code name} is how messages
   * name it. For small files held whole (the corpus reader streams), where a syntax error is what
   * is wrong with the file wherever it is: a file that is not JSON is not told it lacks a field.
   */
  public static <T> T read(String text, String name, Document<T> document) throws CorpusException {
    if (text.isBlank()) {
      throw new CorpusException(name + ": empty file, at line 1:1");
    }
    StrictJson json = new StrictJson(new StringReader(text), name);
    try {
      T value = document.read(json);
      json.endDocument();
      return value;
    } catch (IOException | IllegalStateException e) {
      throw json.syntaxError(new StringReader(text));
    } catch (CorpusException shape) {
      CorpusException syntax = json.syntaxErrorIn(new StringReader(text), null);
      throw syntax == null ? shape : syntax;
    }
  }

  @Override
  public CorpusException fail(String what) {
    return new CorpusException(name + ": " + what);
  }

  /** Where the reader is, for a message. */
  @Override
  public String path() {
    return trimmed(in.getPath());
  }

  /** Inside an object whose first field name is still to come, Gson ends the path with a dot. */
  private static String trimmed(String path) {
    return path.length() > 1 && path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
  }

  /** Begins an object that has exactly the fields {@code names}, in any order. */
  @Override
  public void beginObject(String[] names) throws IOException, CorpusException {
    beginObject(names, names.length);
  }

  /** Begins an object with the fields {@code names}, of which the first {@code required} must be there. */
  @Override
  public void beginObject(String[] names, int required) throws IOException, CorpusException {
    expect(JsonToken.BEGIN_OBJECT);
    in.beginObject();
    fields[depth] = names;
    seen[depth] = 0;
    this.required[depth] = required;
    unknown[depth] = null;
    depth++;
  }

  /**
   * The next field's name, the very string of the object's list so that callers can switch on
   * it, or {@code null} after the last.
   */
  @Override
  public String nextField() throws IOException, CorpusException {
    while (in.hasNext()) {
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
      if (unknown[depth - 1] == null) {
        String path = path();
        unknown[depth - 1] = "unknown field '" + Escape.excerpt(field) + "', at "
            + path.substring(0, path.length() - field.length()) + Escape.excerpt(field);
      }
      in.skipValue();
    }
    return null;
  }

  /** Ends the object, which must have had every one of its required fields and no other. */
  @Override
  public void endObject() throws IOException, CorpusException {
    in.endObject();
    depth--;
    String[] names = fields[depth];
    for (int i = 0; i < required[depth]; i++) {
      if ((seen[depth] & (1 << i)) == 0) {
        throw fail("missing required field '" + names[i] + "', at " + in.getPreviousPath());
      }
    }
    if (unknown[depth] != null) {
      throw fail(unknown[depth]);
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
    CorpusException located = syntaxErrorIn(again, path);
    return located != null ? located : fail("not valid JSON, at " + path);
  }

  /**
   * {@link #syntaxError} at {@code path}, or where the parse of {@code again} failed if that is
   * null; null if the document is JSON.
   */
  private CorpusException syntaxErrorIn(Reader again, String path) {
    Located located = new Located(again);
    JsonReader slow = new JsonReader(located);
    slow.setStrictness(Strictness.STRICT);
    try {
      readValue(slow);
      slow.peek();
    } catch (IOException | IllegalStateException e) {
      return fail((located.ended ? "truncated JSON" : "not valid JSON") + ", at "
          + (path != null ? path : trimmed(slow.getPath())) + " (line " + located.where() + ")");
    }
    return null;
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

  /** A whole number; written as {@code 2}, {@code 2.0} or {@code 2e0} alike, as JSON Schema counts them. */
  @Override
  public int integer() throws IOException, CorpusException {
    return integer("a number");
  }

  /** {@link #integer()}, where anything but a number is said to be not a whole number. */
  public int wholeNumber() throws IOException, CorpusException {
    return integer("a whole number");
  }

  private int integer(String expected) throws IOException, CorpusException {
    JsonToken actual = in.peek();
    if (actual != JsonToken.NUMBER) {
      throw fail("expected " + expected + " but found " + kind(actual) + ", at " + path());
    }
    String literal = in.nextString();
    Integer value = wholeNumber(literal);
    if (value == null) {
      throw fail("expected a whole number but found " + Escape.excerpt(literal) + ", at " + path());
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
}
