package dev.convo.corpus;

import java.io.IOException;
import java.util.List;

/**
 * The values of a JSON document, read in order, as {@link CorpusDocument} asks for them: what it
 * reads is the one description of the corpus format, whether the document is JSON text ({@link
 * StrictJson}) or the same document packed at build time ({@link PackedJson}). An object is read
 * against the list of its fields, required unless said otherwise; a field not in the list, given
 * twice or left out fails, naming the field.
 */
sealed interface JsonSource permits StrictJson, PackedJson {
  /** A failure of this document: {@code FILE: what}. */
  CorpusException fail(String what);

  /** Where the reader is, for a message. */
  String path();

  /** Begins an object that has exactly the fields {@code names}, in any order. */
  void beginObject(String[] names) throws IOException, CorpusException;

  /** Begins an object with the fields {@code names}, of which the first {@code required} must be there. */
  void beginObject(String[] names, int required) throws IOException, CorpusException;

  /**
   * The next field's name, the very string of the object's list so that callers can switch on
   * it, or {@code null} after the last.
   */
  String nextField() throws IOException, CorpusException;

  /** Ends the object, which must have had every one of its required fields and no other. */
  void endObject() throws IOException, CorpusException;

  void beginArray() throws IOException, CorpusException;

  boolean hasNext() throws IOException;

  void endArray() throws IOException;

  /** Fails unless the document has ended. */
  void endDocument() throws IOException, CorpusException;

  String string() throws IOException, CorpusException;

  String optionalString() throws IOException, CorpusException;

  List<String> strings() throws IOException, CorpusException;

  /** A whole number; written as {@code 2}, {@code 2.0} or {@code 2e0} alike, as JSON Schema counts them. */
  int integer() throws IOException, CorpusException;

  Integer optionalInteger() throws IOException, CorpusException;

  boolean bool() throws IOException, CorpusException;
}
