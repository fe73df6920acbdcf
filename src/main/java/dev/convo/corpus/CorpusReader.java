package dev.convo.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads a corpus: a document that must be UTF-8, JSON, shaped as data/corpus.schema.json says
 * ({@link CorpusDocument}) and meet {@link CorpusRules}. A corpus comes from users too ({@code
 * --corpus}), so every failure is a {@link CorpusException} naming the file and where in it.
 *
 * <p>It streams rather than building a tree, and avoids lambdas: it runs on every start-up, where
 * a parse tree and method-handle bootstrapping cost tens of milliseconds.
 */
public final class CorpusReader {
  /** Larger than any real transcript by two orders of magnitude, small enough to fail fast. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private CorpusReader() {}

  /**
   * Reads a whole corpus from {@code in}; {@code name} is how messages refer to it (a file name,
   * or {@code <bundled corpus>}).
   */
  public static Corpus read(InputStream in, String name) throws CorpusException {
    try {
      return read(BoundedInput.read(in, 0, MAX_BYTES), name);
    } catch (BoundedInput.Refused e) {
      throw unusable(e, name);
    }
  }

  public static Corpus read(String json, String name) throws CorpusException {
    return read(BoundedInput.of(json.getBytes(StandardCharsets.UTF_8)), name);
  }

  /**
   * Reads a corpus file, named in messages as given. What is wrong with the file as a whole (a
   * directory, no permission, too large) is reported at {@code $}, the whole document, and found
   * before anything is read.
   */
  public static Corpus read(Path file) throws CorpusException {
    try {
      return read(BoundedInput.read(file, MAX_BYTES), file.toString());
    } catch (BoundedInput.Refused e) {
      throw unusable(e, file.toString());
    }
  }

  /**
   * Packs a corpus file for the jar: the file is read and refused as {@link #read(Path)} refuses
   * it, then its JSON is packed as it is ({@link PackedJson}).
   */
  static byte[] pack(Path file) throws CorpusException {
    try {
      BoundedInput input = BoundedInput.read(file, MAX_BYTES);
      read(input, file.toString());
      return PackedJson.pack(input.reader());
    } catch (BoundedInput.Refused e) {
      throw unusable(e, file.toString());
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot be packed (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads a corpus {@link #pack} made. Its rules are not checked again, as packing refused any
   * document that breaks them: this is for the jar's own corpus, packed at build time, never for
   * a file a user gives.
   */
  static Corpus readPacked(byte[] packed, String name) throws CorpusException {
    try {
      return CorpusDocument.read(new PackedJson(packed, name));
    } catch (IOException e) {
      throw new CorpusException(name + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code corpus} packed as {@link #pack} packs a file, whole or in part: the library's index of a
   * conversation keeps its metadata, section headings and glossary so, and its turns apart.
   */
  public static byte[] packed(Corpus corpus) {
    try {
      return PackedJson.pack(new StringReader(CorpusWriter.toJson(corpus)));
    } catch (IOException e) {
      throw new IllegalStateException("a corpus written to a string packs", e);
    }
  }

  /**
   * Reads what {@link #packed} made, checking its shape and not its rules, which a part of a
   * corpus need not meet: a damaged document is a {@link CorpusException} naming {@code name}.
   */
  public static Corpus unpacked(byte[] packed, String name) throws CorpusException {
    return readPacked(packed, name);
  }

  private static CorpusException unusable(BoundedInput.Refused refused, String name) {
    String what = switch (refused.problem()) {
      case NO_SUCH_FILE -> "no such file";
      case PERMISSION_DENIED -> "permission denied";
      case DIRECTORY -> "is a directory, not a corpus file";
      case TOO_LARGE -> "too large (" + refused.detail() + "; a corpus may have at most "
          + (MAX_BYTES >> 20) + " MiB)";
      case CANNOT_BE_OPENED -> "cannot be opened (" + refused.detail() + ")";
      case CANNOT_BE_READ -> "cannot be read (" + refused.detail() + ")";
    };
    return new CorpusException(name + ": " + what + ", at $");
  }

  private static Corpus read(BoundedInput input, String name) throws CorpusException {
    if (input.isBlank()) {
      throw new CorpusException(name + ": empty file, at line 1:1");
    }
    StrictJson json = new StrictJson(input.reader(), name);
    Corpus corpus;
    try {
      corpus = CorpusDocument.read(json);
    } catch (IOException | IllegalStateException | CorpusException e) {
      // Bytes that are not UTF-8 are what is wrong with a document, wherever they are: without
      // them it is not text, let alone JSON or a corpus.
      if (input.firstMalformed() < input.length()) {
        throw invalidUtf8(input, name);
      }
      throw e instanceof CorpusException shape ? shape : json.syntaxError(input.reader());
    }
    CorpusRules.check(corpus, name);
    return corpus;
  }

  /** Where the first byte that is not UTF-8 is. */
  private static CorpusException invalidUtf8(BoundedInput input, String name) {
    int offset = input.firstMalformed();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (input.byteAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String bad = offset < input.length() ? String.format(" (byte 0x%02x)", input.byteAt(offset) & 0xFF) : "";
    return new CorpusException(name + ": invalid UTF-8" + bad + ", at line " + line + ":"
        + (offset - lineStart + 1));
  }
}
