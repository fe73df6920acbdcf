package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ExitCode;
import dev.convo.cli.OutputOptions;
import dev.convo.corpus.Turn;
import dev.convo.query.QueryException;
import dev.convo.query.Refs;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class OpenCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final PositionalParamSpec ref = CommandBuilder.parameter(String.class, "1", "REF",
      "A section (7, 1a), a turn (7:3), a slug or a topic.");
  private final CommandSpec spec = CommandBuilder.command(this, "open")
      .standardHelpOptions()
      .description(
          "Start reading at a section, a topic or a turn, and print its first turn.",
          "Then next (or Enter) reads on, prev goes back, more reads a screenful.",
          "",
          "Examples: open 7   open gpt-5   open 7:3")
      .add(output)
      .add(ref)
      .build();
  private final Session session;

  OpenCommand(Session session) {
    this.session = session;
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws QueryException {
    List<Turn> turns = new Refs(session.corpus()).resolve(ref.<String>getValue());
    session.read(turns.subList(0, 1), output);
    return ExitCode.OK;
  }
}
