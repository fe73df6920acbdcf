package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.library.LibraryException;
import dev.convo.query.Conversation;
import dev.convo.render.Renderer;
import java.util.List;

/** {@code library list}: every conversation of the library, the bundled interview first. */
public final class LibraryListCommand extends RecordsCommand<List<Conversation>> {
  public LibraryListCommand() {
    super("list");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("The conversations of the library: name, title, speakers, sections, turns and"
            + " quotes; the bundled interview first, then the others by name.")
        .example("convo library list")
        .example("convo library list --format tsv | cut -f1", "the names alone");
  }

  @Override
  protected List<Conversation> find(Corpus corpus) {
    try {
      return LibraryCommand.open(root()).list();
    } catch (LibraryException e) {
      throw LibraryCommand.failed(e);
    }
  }

  @Override
  protected void print(Renderer renderer, List<Conversation> found) {
    renderer.conversations(found, false);
  }
}
