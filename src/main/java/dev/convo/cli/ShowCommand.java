package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.query.QueryException;
import dev.convo.query.Refs;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ShowCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final PositionalParamSpec refs = CommandBuilder.words("1..*", "REF",
      "7, 1a, 7:3, 7:3-6, a section or topic slug, or all.");
  private final CommandSpec spec = CommandBuilder.command(this, "show")
      .standardHelpOptions()
      .description("Read the interview: a section, a turn, a range of turns, a slug, or all of it.")
      .add(output)
      .add(refs)
      .example("convo show 7", "section 7")
      .example("convo show 7:3", "the third turn of section 7")
      .example("convo show 7:3-6", "turns 3 to 6 (7:19-8:2 crosses sections)")
      .example("convo show q-star", "a section by its slug")
      .example("convo show all | less", "the whole interview, a screen at a time")
      .build();

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws QueryException {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    List<Turn> turns = new Refs(corpus).resolve(refs.<List<String>>getValue());
    try (Output out = output.open()) {
      out.renderer(corpus).turns(turns);
    }
    return ExitCode.OK;
  }
}
