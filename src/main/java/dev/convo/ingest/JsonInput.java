package dev.convo.ingest;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value in one of the small hand-written JSON files ingest reads ({@code --topics},
 * {@code --repairs}), with where it is. Whatever is wrong with the file is one line naming the file
 * and a JSON path, as the corpus reader words it.
 */
final class JsonInput {
  private static final Pattern GSON_LOCATION = Pattern.compile("at line (\\d+) column (\\d+) path (\\S+)");

  private final String file;
  private final String path;
  private final JsonElement value;

  private JsonInput(String file, String path, JsonElement value) {
    this.file = file;
    this.path = path;
    this.value = value;
  }

  /** The document in {@code json}, strictly JSON; {@code file} is how messages name it. */
  static JsonInput parse(String json, String file) throws IngestException {
    if (json.isBlank()) {
      throw new IngestException(file + ": empty file, at line 1:1");
    }
    JsonReader reader = new JsonReader(new StringReader(json));
    reader.setStrictness(Strictness.STRICT);
    try {
      JsonElement root = new Gson().getAdapter(JsonElement.class).read(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new IngestException(file + ": unexpected text after the JSON document, at " + reader.getPath());
      }
      return new JsonInput(file, "$", root);
    } catch (IOException | JsonParseException | IllegalStateException e) {
      throw new IngestException(file + ": " + syntaxError(e));
    }
  }

  private static String syntaxError(Exception e) {
    String message = String.valueOf(e.getMessage());
    Matcher location = GSON_LOCATION.matcher(message);
    String where = location.find()
        ? "at " + trimDot(location.group(3)) + " (line " + location.group(1) + ":" + location.group(2) + ")"
        : "at the end of the file";
    boolean truncated = e instanceof EOFException || message.contains("End of input");
    return (truncated ? "truncated JSON" : "not valid JSON") + ", " + where;
  }

  /** Gson ends the path of a member whose name was read but not its value with a dot. */
  private static String trimDot(String path) {
    return path.length() > 1 && path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
  }

  /** The member {@code name} of this object, which must be there. */
  JsonInput field(String name) throws IngestException {
    JsonObject object = object();
    if (!object.has(name)) {
      throw fail("missing required field '" + name + "', at " + path);
    }
    return new JsonInput(file, path + "." + name, object.get(name));
  }

  /** Whether this object has the member {@code name}, for fields that may be left out. */
  boolean has(String name) throws IngestException {
    return object().has(name);
  }

  List<JsonInput> items() throws IngestException {
    if (!value.isJsonArray()) {
      throw expected("an array");
    }
    JsonArray array = value.getAsJsonArray();
    List<JsonInput> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      items.add(new JsonInput(file, path + "[" + i + "]", array.get(i)));
    }
    return items;
  }

  String string() throws IngestException {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw expected("a string");
    }
    return value.getAsString();
  }

  List<String> strings() throws IngestException {
    List<String> strings = new ArrayList<>();
    for (JsonInput item : items()) {
      strings.add(item.string());
    }
    return strings;
  }

  int wholeNumber() throws IngestException {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw expected("a whole number");
    }
    String literal = value.getAsJsonPrimitive().getAsString();
    try {
      return new BigDecimal(literal).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw fail("expected a whole number but found " + literal + ", at " + path);
    }
  }

  private JsonObject object() throws IngestException {
    if (!value.isJsonObject()) {
      throw expected("an object");
    }
    return value.getAsJsonObject();
  }

  private IngestException expected(String kind) {
    return fail("expected " + kind + " but found " + kind(value) + ", at " + path);
  }

  private IngestException fail(String what) {
    return new IngestException(file + ": " + what);
  }

  private static String kind(JsonElement value) {
    if (value.isJsonObject()) {
      return "an object";
    }
    if (value.isJsonArray()) {
      return "an array";
    }
    if (value.isJsonNull()) {
      return "null";
    }
    if (value.getAsJsonPrimitive().isString()) {
      return "a string";
    }
    return value.getAsJsonPrimitive().isNumber() ? "a number" : "a boolean";
  }
}
