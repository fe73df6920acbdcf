package dev.convo.ingest;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a temporary file in the same directory, forced to the
 * disk, then renamed over the target, so that a failure, or a crash, leaves any previous file
 * untouched. A file replaced keeps its permissions.
 */
public final class AtomicFile {
  /** What goes into the file. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code corpus} to {@code target} in the canonical layout. */
  public static void write(Corpus corpus, Path target) throws IOException {
    write(target, out -> {
      Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CorpusWriter.write(corpus, text);
      text.flush();
    });
  }

  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Set<PosixFilePermission> mode = modeOf(absolute);
    Path temporary = temporaryBeside(absolute, mode);
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (mode != null) {
        Files.setPosixFilePermissions(temporary, mode);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** An existing file's permissions, which replacing it keeps; null for a new file. */
  private static Set<PosixFilePermission> modeOf(Path file) throws IOException {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (NoSuchFileException | UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * An empty file beside {@code target}: for a new target, with the mode a shell's {@code >} gives
   * (rw-rw-rw- less the umask); else never more open than {@code mode}, so that no one it excludes
   * can open the file while the content is written into it.
   */
  private static Path temporaryBeside(Path target, Set<PosixFilePermission> mode) throws IOException {
    while (true) {
      Path temporary = target.resolveSibling("." + target.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        if (mode == null) {
          return Files.createFile(temporary);
        }
        Set<PosixFilePermission> writable = EnumSet.noneOf(PosixFilePermission.class);
        writable.addAll(mode);
        writable.add(PosixFilePermission.OWNER_WRITE);
        return Files.createFile(temporary, PosixFilePermissions.asFileAttribute(writable));
      } catch (FileAlreadyExistsException e) {
        // Another run's temporary file: try another name.
      }
    }
  }
}
