package dev.convo.ingest;

import dev.convo.corpus.BoundedInput;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/** An input file of ingest read whole, refused in the user's terms when it cannot be a text. */
final class SourceText {
  /** A transcript is a few hundred KiB; anything this large is not one. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private SourceText() {}

  static String readText(Path path) throws IngestException {
    return decode(read(path), path.toString());
  }

  static BoundedInput read(Path path) throws IngestException {
    BoundedInput input;
    try {
      input = BoundedInput.read(path, MAX_BYTES);
    } catch (BoundedInput.Refused e) {
      throw new IngestException(path + ": " + refusal(e));
    }
    for (int i = 0; i < input.length(); i++) {
      if (input.byteAt(i) == 0) {
        throw new IngestException(path + ": a binary file (NUL byte at offset " + i + "), not a transcript");
      }
    }
    return input;
  }

  static String decode(BoundedInput input, String file) throws IngestException {
    try {
      return input.text();
    } catch (CharacterCodingException e) {
      throw new IngestException(file + ": invalid UTF-8 at byte offset " + input.firstMalformed());
    }
  }

  private static String refusal(BoundedInput.Refused refused) {
    return switch (refused.problem()) {
      case NO_SUCH_FILE -> "no such file";
      case PERMISSION_DENIED -> "permission denied";
      case DIRECTORY -> "is a directory";
      case TOO_LARGE -> "larger than the " + (MAX_BYTES >> 20) + " MiB a transcript may have";
      case CANNOT_BE_OPENED, CANNOT_BE_READ -> "cannot be read (" + refused.detail() + ")";
    };
  }
}
