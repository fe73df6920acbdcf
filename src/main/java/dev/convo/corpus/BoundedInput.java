package dev.convo.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The bytes of an input that may be hostile (a corpus given with {@code --corpus}, a transcript
 * given to {@code ingest}), read up to a limit, and their text as strict UTF-8: malformed bytes are
 * found, never replaced. A leading byte-order mark is not part of the text.
 */
public final class BoundedInput {
  /** What makes a file unusable, found before or while it is read; callers word it for their users. */
  public enum Problem {
    NO_SUCH_FILE, PERMISSION_DENIED, DIRECTORY, TOO_LARGE, CANNOT_BE_OPENED, CANNOT_BE_READ
  }

  /** A file that cannot be used; {@link #detail} is its size when too large, else the system's reason. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final Problem problem;
    private final String detail;

    Refused(Problem problem, String detail) {
      super(problem + ": " + detail);
      this.problem = problem;
      this.detail = detail;
    }

    public Problem problem() {
      return problem;
    }

    public String detail() {
      return detail;
    }
  }

  private final byte[] bytes;
  private final int length;

  private BoundedInput(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = length;
  }

  static BoundedInput of(byte[] bytes) {
    return new BoundedInput(bytes, bytes.length);
  }

  /**
   * Reads at most {@code limit} bytes of {@code file}. A directory or a regular file over the
   * limit is refused before anything is read: a 100 MB file fails at once, not after the limit.
   */
  public static BoundedInput read(Path file, long limit) throws Refused {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw throughAFile(file) ? new Refused(Problem.CANNOT_BE_OPENED, "Not a directory")
          : new Refused(Problem.NO_SUCH_FILE, "");
    } catch (IOException e) {
      throw refused(Problem.CANNOT_BE_OPENED, e);
    }
    if (attributes.isDirectory()) {
      throw new Refused(Problem.DIRECTORY, "");
    }
    if (attributes.isRegularFile() && attributes.size() > limit) {
      throw new Refused(Problem.TOO_LARGE, attributes.size() + " bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, attributes.isRegularFile() ? attributes.size() : 0, limit);
    } catch (IOException e) {
      throw refused(Problem.CANNOT_BE_OPENED, e);
    }
  }

  /**
   * Whether the path leads through a file ({@code plain.json/corpus.json}). JDK 17 reports that as
   * ENOTDIR and later JDKs as a missing file; the user hears the same on every JDK.
   */
  private static boolean throughAFile(Path file) {
    for (Path parent = file.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
      if (Files.exists(parent)) {
        return !Files.isDirectory(parent);
      }
    }
    return false;
  }

  /**
   * Reads at most {@code limit} bytes, into a buffer sized for the {@code expected} length (a
   * regular file's size) so that a large input is read in one piece, not copied chunk by chunk.
   */
  static BoundedInput read(InputStream in, long expected, long limit) throws Refused {
    try {
      byte[] buffer = new byte[(int) Math.min(Math.max(expected, 8192) + 1, limit + 1)];
      int length = 0;
      int n;
      while ((n = in.read(buffer, length, buffer.length - length)) > 0) {
        length += n;
        if (length == buffer.length) {
          if (length > limit) {
            throw new Refused(Problem.TOO_LARGE, "more than " + limit + " bytes");
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(2L * length, limit + 1));
        }
      }
      return new BoundedInput(buffer, length);
    } catch (IOException e) {
      throw refused(Problem.CANNOT_BE_READ, e);
    }
  }

  /** Why a file could not be opened or read, without the file name the JDK repeats. */
  private static Refused refused(Problem problem, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new Refused(Problem.NO_SUCH_FILE, "");
    }
    if (e instanceof AccessDeniedException) {
      return new Refused(Problem.PERMISSION_DENIED, "");
    }
    String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : e.getMessage() != null ? e.getMessage()
        : e.getClass().getSimpleName();
    return new Refused(problem, reason);
  }

  public int length() {
    return length;
  }

  public byte byteAt(int index) {
    return bytes[index];
  }

  /** The bytes as read; a copy only where the buffer is larger than what was read. */
  public byte[] bytes() {
    return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
  }

  /** Whether there is nothing but white space after the byte-order mark. */
  boolean isBlank() {
    for (int i = textStart(); i < length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text, decoded as it is read: decoding the whole first would hold it twice more, as a char
   * buffer and as a string, which for a large corpus is most of the garbage of a run. Malformed
   * bytes fail the read with a {@link CharacterCodingException}; {@link #firstMalformed} says where.
   */
  Reader reader() {
    int start = textStart();
    return new InputStreamReader(new ByteArrayInputStream(bytes, start, length - start), strictUtf8());
  }

  /** The whole text; malformed bytes fail with a {@link CharacterCodingException}. */
  public String text() throws CharacterCodingException {
    int start = textStart();
    return strictUtf8().decode(ByteBuffer.wrap(bytes, start, length - start)).toString();
  }

  /** The offset of the first byte that is not UTF-8, or {@link #length} when they all are. */
  public int firstMalformed() {
    CharsetDecoder decoder = strictUtf8();
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer chars = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      chars.clear();
      result = decoder.decode(buffer, chars, true);
    } while (result.isOverflow());
    return buffer.position();
  }

  private int textStart() {
    return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /** A decoder that reports malformed input instead of replacing it. */
  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
