package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.query.QueryException;
import dev.convo.query.Refs;
import dev.convo.render.Renderer;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

public final class ShowCommand extends RecordsCommand<List<Turn>> {
  private final PositionalParamSpec refs = CommandBuilder.words("1..*", "REF",
      "7, 1a, 7:3, 7:3-6, a section or topic slug, or all.");

  public ShowCommand() {
    super("show");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("Read the interview: a section, a turn, a range of turns, a slug, or all of it.")
        .add(refs)
        .example("convo show 7", "section 7")
        .example("convo show 7:3", "the third turn of section 7")
        .example("convo show 7:3-6", "turns 3 to 6 (7:19-8:2 crosses sections)")
        .example("convo show q-star", "a section by its slug")
        .example("convo show all | less", "the whole interview, a screen at a time");
  }

  @Override
  protected List<Turn> find(Corpus corpus) throws QueryException {
    return new Refs(corpus).resolve(refs.<List<String>>getValue());
  }

  @Override
  protected void print(Renderer renderer, List<Turn> turns) {
    renderer.turns(turns);
  }
}
