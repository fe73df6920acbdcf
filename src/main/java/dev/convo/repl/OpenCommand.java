package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.query.QueryException;
import dev.convo.query.Refs;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

public final class OpenCommand extends ReadingCommand {
  private final PositionalParamSpec ref = CommandBuilder.parameter(String.class, "1", "REF",
      "A section (7, 1a), a turn (7:3), a slug or a topic.");

  public OpenCommand(Session session) {
    super("open", session, false);
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description(
            "Start reading at a section, a topic or a turn, and print its first turn.",
            "Then next (or Enter) reads on, prev goes back, more reads a screenful.",
            "",
            "Examples: open 7   open gpt-5   open 7:3")
        .add(ref);
  }

  @Override
  protected List<Turn> read(Corpus corpus) throws QueryException {
    return new Refs(corpus).resolve(ref.<String>getValue()).subList(0, 1);
  }
}
