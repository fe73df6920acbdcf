package dev.convo.corpus;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The strings of an array of a {@link PackedJson} document, unmodifiable, each decoded from its
 * UTF-8 bytes when first read and then kept. Threads may race to decode one: each gets an equal
 * string, and a string is safe to share however it was published.
 */
final class PackedStrings extends AbstractList<String> implements RandomAccess {
  private final byte[] bytes;
  /** Where each string's bytes start, and how many there are. */
  private final int[] spans;
  private final String[] decoded;

  PackedStrings(byte[] bytes, int[] spans) {
    this.bytes = bytes;
    this.spans = spans;
    this.decoded = new String[spans.length / 2];
  }

  @Override
  public String get(int index) {
    String value = decoded[index];
    if (value == null) {
      value = new String(bytes, spans[2 * index], spans[2 * index + 1], StandardCharsets.UTF_8);
      decoded[index] = value;
    }
    return value;
  }

  @Override
  public int size() {
    return decoded.length;
  }

  /** How many of the strings have been decoded so far. */
  int decodedCount() {
    int count = 0;
    for (String value : decoded) {
      if (value != null) {
        count++;
      }
    }
    return count;
  }
}
