package dev.convo.corpus;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import dev.convo.text.Escape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document packed at build time, and read back as {@link CorpusDocument} reads JSON text.
 * Packing knows nothing of the corpus format: it keeps every value of any document, in order, so a
 * field added to the format is carried without a word here. What it spares a reader is the text:
 * white space, quotes and escapes, field names spelt out on every object, and decoding UTF-8 one
 * character at a time. A string is its UTF-8 length and bytes, decoded by one call into the JDK.
 *
 * <p>The layout: {@link #MAGIC}; the field names, each once, as a count and then strings; the
 * root value. A value is a tag byte and what the tag says: an object its field count and each
 * field as the index of its name and its value; an array its length and its values; a string or a
 * number (as written) its length in bytes and its bytes. Counts and lengths are unsigned LEB128.
 */
final class PackedJson implements JsonSource {
  private static final byte[] MAGIC = "convo packed JSON 1\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte OBJECT = 1;
  private static final byte ARRAY = 2;
  private static final byte STRING = 3;
  private static final byte NUMBER = 4;
  private static final byte TRUE = 5;
  private static final byte FALSE = 6;
  private static final byte NULL = 7;
  /** Deeper than any corpus nests, whose deepest value is a paragraph: root, sections, turns. */
  private static final int MAX_DEPTH = 16;

  private final byte[] bytes;
  private final String name;
  private final String[] names;
  private int position;
  /** Per open container: what is left of it, and for an object its fields and those seen. */
  private final int[] left = new int[MAX_DEPTH];
  private final String[][] fields = new String[MAX_DEPTH][];
  /** Per open object: where each name of the document's table stands in its fields, -1 if nowhere. */
  private final int[][] places = new int[MAX_DEPTH][];
  /**
   * The places for each list of fields met so far. A field is then found without comparing
   * strings, which the interpreter that runs start-up does slowly, thousands of times.
   */
  private final Map<String[], int[]> placesByFields = new IdentityHashMap<>();
  private final int[] seen = new int[MAX_DEPTH];
  /** Per open object, how many of its fields, the first ones, must be there. */
  private final int[] required = new int[MAX_DEPTH];
  private int depth;

  /** The packed document {@code bytes}; {@code name} is how messages refer to it. */
  PackedJson(byte[] bytes, String name) throws CorpusException {
    this.bytes = bytes;
    this.name = name;
    if (bytes.length < MAGIC.length
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw fail("not a packed JSON document, at byte 0");
    }
    position = MAGIC.length;
    names = new String[count()];
    for (int i = 0; i < names.length; i++) {
      names[i] = text(count());
    }
  }

  /** Packs the JSON document {@code json}, which must be valid JSON. */
  static byte[] pack(Reader json) throws IOException {
    JsonReader in = new JsonReader(json);
    in.setStrictness(Strictness.STRICT);
    Map<String, Integer> names = new LinkedHashMap<>();
    ByteArrayOutputStream root = new ByteArrayOutputStream();
    pack(in, root, names);
    in.peek();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(MAGIC);
    count(out, names.size());
    for (String field : names.keySet()) {
      text(out, field);
    }
    root.writeTo(out);
    return out.toByteArray();
  }

  private static void pack(JsonReader in, ByteArrayOutputStream out, Map<String, Integer> names)
      throws IOException {
    ByteArrayOutputStream members = new ByteArrayOutputStream();
    int count = 0;
    switch (in.peek()) {
      case BEGIN_OBJECT -> {
        in.beginObject();
        for (; in.hasNext(); count++) {
          String field = in.nextName();
          Integer index = names.get(field);
          if (index == null) {
            index = names.size();
            names.put(field, index);
          }
          count(members, index);
          pack(in, members, names);
        }
        in.endObject();
        out.write(OBJECT);
      }
      case BEGIN_ARRAY -> {
        in.beginArray();
        for (; in.hasNext(); count++) {
          pack(in, members, names);
        }
        in.endArray();
        out.write(ARRAY);
      }
      case STRING -> {
        out.write(STRING);
        text(out, in.nextString());
        return;
      }
      case NUMBER -> {
        out.write(NUMBER);
        text(out, in.nextString());
        return;
      }
      case BOOLEAN -> {
        out.write(in.nextBoolean() ? TRUE : FALSE);
        return;
      }
      default -> {
        in.nextNull();
        out.write(NULL);
        return;
      }
    }
    count(out, count);
    members.writeTo(out);
  }

  private static void text(ByteArrayOutputStream out, String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    count(out, utf8.length);
    out.write(utf8, 0, utf8.length);
  }

  private static void count(ByteArrayOutputStream out, int value) {
    int rest = value;
    while ((rest & ~0x7F) != 0) {
      out.write((rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    out.write(rest);
  }

  @Override
  public CorpusException fail(String what) {
    return new CorpusException(name + ": " + what);
  }

  /** Only a damaged build gets a message, so the place is given as a byte offset, not a path. */
  @Override
  public String path() {
    return "byte " + position;
  }

  @Override
  public void beginObject(String[] names) throws CorpusException {
    beginObject(names, names.length);
  }

  @Override
  public void beginObject(String[] names, int required) throws CorpusException {
    int count = open(OBJECT, "an object");
    int[] placed = placesByFields.get(names);
    if (placed == null) {
      placed = new int[this.names.length];
      for (int i = 0; i < placed.length; i++) {
        placed[i] = Arrays.asList(names).indexOf(this.names[i]);
      }
      placesByFields.put(names, placed);
    }
    fields[depth - 1] = names;
    places[depth - 1] = placed;
    seen[depth - 1] = 0;
    this.required[depth - 1] = required;
    left[depth - 1] = count;
  }

  @Override
  public String nextField() throws CorpusException {
    int at = depth - 1;
    if (left[at] == 0) {
      return null;
    }
    left[at]--;
    int index = count();
    if (index >= names.length) {
      throw fail("no field name " + index + ", at " + path());
    }
    int place = places[at][index];
    if (place < 0) {
      throw fail("unknown field '" + Escape.excerpt(names[index]) + "', at " + path());
    }
    int bit = 1 << place;
    if ((seen[at] & bit) != 0) {
      throw fail("duplicate field '" + names[index] + "', at " + path());
    }
    seen[at] |= bit;
    return fields[at][place];
  }

  @Override
  public void endObject() throws CorpusException {
    depth--;
    String[] expected = fields[depth];
    for (int i = 0; i < required[depth]; i++) {
      if ((seen[depth] & (1 << i)) == 0) {
        throw fail("missing required field '" + expected[i] + "', at " + path());
      }
    }
  }

  @Override
  public void beginArray() throws CorpusException {
    int count = open(ARRAY, "an array");
    fields[depth - 1] = null;
    left[depth - 1] = count;
  }

  @Override
  public boolean hasNext() {
    return left[depth - 1] > 0;
  }

  @Override
  public void endArray() {
    depth--;
  }

  @Override
  public void endDocument() throws CorpusException {
    if (position != bytes.length) {
      throw fail("expected the end of the document, at " + path());
    }
  }

  @Override
  public String string() throws CorpusException {
    value(STRING, "a string");
    return text(count());
  }

  @Override
  public String optionalString() throws CorpusException {
    return isNull() ? null : string();
  }

  /**
   * The strings of an array, each decoded when it is first read: what a command never shows (the
   * dialogue, for a random quote) is never decoded.
   */
  @Override
  public List<String> strings() throws CorpusException {
    beginArray();
    int[] spans = new int[2 * left[depth - 1]];
    for (int i = 0; hasNext(); i += 2) {
      value(STRING, "a string");
      int length = count();
      if (length > bytes.length - position) {
        throw fail("truncated, at " + path());
      }
      spans[i] = position;
      spans[i + 1] = length;
      position += length;
    }
    endArray();
    return new PackedStrings(bytes, spans);
  }

  @Override
  public int integer() throws CorpusException {
    value(NUMBER, "a number");
    String literal = text(count());
    Integer value = StrictJson.wholeNumber(literal);
    if (value == null) {
      throw fail("expected a whole number but found " + Escape.excerpt(literal) + ", at " + path());
    }
    return value;
  }

  @Override
  public Integer optionalInteger() throws CorpusException {
    return isNull() ? null : integer();
  }

  @Override
  public boolean bool() throws CorpusException {
    if (position < bytes.length && (bytes[position] == TRUE || bytes[position] == FALSE)) {
      return value(bytes[position], "a boolean") == TRUE;
    }
    throw mismatch("a boolean");
  }

  private boolean isNull() throws CorpusException {
    if (position >= bytes.length || bytes[position] != NULL) {
      return false;
    }
    value(NULL, "null");
    return true;
  }

  /** Opens a container, returning its count. */
  private int open(byte tag, String kind) throws CorpusException {
    value(tag, kind);
    if (depth == MAX_DEPTH) {
      throw fail("nested more than " + MAX_DEPTH + " deep, at " + path());
    }
    depth++;
    return count();
  }

  /** Reads the tag of the next value, which must be {@code tag}; in an array it takes one element. */
  private byte value(byte tag, String kind) throws CorpusException {
    if (position >= bytes.length || bytes[position] != tag) {
      throw mismatch(kind);
    }
    if (depth > 0 && fields[depth - 1] == null) {
      left[depth - 1]--;
    }
    return bytes[position++];
  }

  private CorpusException mismatch(String kind) {
    return fail("expected " + kind + " but found " + (position >= bytes.length ? "the end of the document"
        : "tag " + bytes[position]) + ", at " + path());
  }

  private int count() throws CorpusException {
    int value = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      if (position >= bytes.length) {
        throw fail("truncated, at " + path());
      }
      byte b = bytes[position++];
      value |= (b & 0x7F) << shift;
      if (b >= 0 && value >= 0) {
        return value;
      }
    }
    throw fail("a count out of range, at " + path());
  }

  private String text(int length) throws CorpusException {
    if (length < 0 || length > bytes.length - position) {
      throw fail("truncated, at " + path());
    }
    String value = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    return value;
  }
}
