package dev.convo.library;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields the library's files are written in ({@link SearchIndexWriter#write}): big-endian
 * numbers, and strings as a length (-1 for null) and UTF-16 code units. It reads a copy of one part of a
 * file, made in one call, with plain array reads: each accessor of a mapped buffer is several calls
 * deep, which a command run once pays in full, for every field of every conversation a search reads.
 * Whatever does not fit (a length past the end, a count that cannot be) is a runtime exception,
 * which the library takes for a damaged file.
 */
final class Fields {
  private final byte[] bytes;
  private int at;

  Fields(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The {@code length} bytes of {@code buffer} from {@code offset}. */
  static Fields of(ByteBuffer buffer, int offset, int length) {
    if (length < 0 || offset < 0 || offset > buffer.limit() - length) {
      throw new BufferUnderflowException();
    }
    byte[] bytes = new byte[length];
    buffer.get(offset, bytes);
    return new Fields(bytes);
  }

  int integer() {
    int value = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
        | (bytes[at + 3] & 0xff);
    at += 4;
    return value;
  }

  long longInteger() {
    return (long) integer() << 32 | (integer() & 0xffffffffL);
  }

  boolean flag() {
    return bytes[at++] != 0;
  }

  /** A count or length, which cannot be negative or more than there are bytes. */
  int count() {
    int n = integer();
    if (n < 0 || n > bytes.length) {
      throw new BufferUnderflowException();
    }
    return n;
  }

  /** A number that cannot be negative, such as how many turns a conversation has. */
  int number() {
    int n = integer();
    if (n < 0) {
      throw new BufferUnderflowException();
    }
    return n;
  }

  /** A number written as -1 when missing. */
  Integer optional() {
    int n = integer();
    return n < 0 ? null : n;
  }

  String string() {
    int length = integer();
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > (bytes.length - at) / 2) {
      throw new BufferUnderflowException();
    }
    char[] chars = new char[length];
    for (int i = 0; i < length; i++, at += 2) {
      chars[i] = (char) ((bytes[at] & 0xff) << 8 | (bytes[at + 1] & 0xff));
    }
    return new String(chars);
  }

  List<String> strings() {
    int n = count();
    List<String> strings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      strings.add(string());
    }
    return strings;
  }

  /** Whether every byte has been read. */
  boolean atEnd() {
    return at == bytes.length;
  }
}
