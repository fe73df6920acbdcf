package dev.convo.repl;

import dev.convo.text.Escape;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.util.Optional;
import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history, except that a file it cannot read or write turns it into in-memory history with
 * one warning: left alone, JLine would log a stack trace on every line typed.
 */
final class ReplHistory extends DefaultHistory {
  private LineReader reader;
  private String warning;

  @Override
  public void attach(LineReader reader) {
    this.reader = reader;
    super.attach(reader);
  }

  @Override
  public void load() {
    try {
      super.load();
    } catch (IOException | IllegalArgumentException e) {
      degrade("read", e);
    }
  }

  @Override
  public void save() {
    try {
      super.save();
    } catch (IOException e) {
      degrade("write", e);
    }
  }

  /**
   * The warning to show, once, when the file has just been given up; it is printed by the loop
   * between commands because saving happens while JLine still owns the screen.
   */
  Optional<String> takeWarning() {
    Optional<String> pending = Optional.ofNullable(warning);
    warning = null;
    return pending;
  }

  private void degrade(String verb, Exception e) {
    Object file = reader.getVariables().remove(LineReader.HISTORY_FILE);
    if (file != null) {
      // The file's name comes from XDG_STATE_HOME, which may hold anything, and the reason may
      // repeat it: the line is escaped whole before it reaches the terminal.
      warning = Escape.line("convo: cannot " + verb + " history file " + file + " (" + reason(e)
          + "); history is kept for this session only");
    }
  }

  private static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + " is not a directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
