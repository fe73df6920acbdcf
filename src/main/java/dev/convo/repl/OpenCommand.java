package dev.convo.repl;

import dev.convo.cli.ExitCode;
import dev.convo.cli.OutputOptions;
import dev.convo.corpus.Turn;
import dev.convo.query.QueryException;
import dev.convo.query.Refs;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "open",
    description = {
      "Start reading at a section, a topic or a turn, and print its first turn.",
      "Then next (or Enter) reads on, prev goes back, more reads a screenful.",
      "",
      "Examples: open 7   open gpt-5   open 7:3"
    })
final class OpenCommand implements Callable<Integer> {
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "REF", description = "A section (7, 1a), a turn (7:3), a slug or a topic.")
  String ref;

  private final Session session;

  OpenCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws QueryException {
    List<Turn> turns = new Refs(session.corpus()).resolve(ref);
    session.read(turns.subList(0, 1), output);
    return ExitCode.OK;
  }
}
