package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.library.LibraryException;
import dev.convo.query.Conversation;
import dev.convo.render.Renderer;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code library show NAME}: one conversation, as {@code library list} describes it. */
public final class LibraryShowCommand extends RecordsCommand<Conversation> {
  private final PositionalParamSpec name = CommandBuilder.parameter(String.class, "1", "NAME",
      "A conversation's name, as library list prints it.");

  public LibraryShowCommand() {
    super("show");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("One conversation of the library: its title, speakers, sections, turns and quotes.")
        .add(name)
        .example("convo library show altman-2024");
  }

  @Override
  protected Conversation find(Corpus corpus) {
    try {
      return LibraryCommand.open(root()).show(name.getValue());
    } catch (LibraryException e) {
      throw LibraryCommand.failed(e);
    }
  }

  @Override
  protected void print(Renderer renderer, Conversation found) {
    renderer.conversations(List.of(found), true);
  }
}
