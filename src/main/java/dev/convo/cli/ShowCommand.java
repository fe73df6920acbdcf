package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.query.QueryException;
import dev.convo.query.Refs;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Read the interview: a section, a turn, a range of turns, a slug, or all of it.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  convo show 7          section 7",
      "  convo show 7:3        the third turn of section 7",
      "  convo show 7:3-6      turns 3 to 6 of section 7 (7:19-8:2 crosses sections)",
      "  convo show q-star     a section by its slug",
      "  convo show all | less the whole interview"
    })
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Parameters(arity = "1..*", paramLabel = "REF",
      description = "7, 1a, 7:3, 7:3-6, a section or topic slug, or all.")
  List<String> refs;

  @Override
  public Integer call() throws QueryException {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    List<Turn> turns = new Refs(corpus).resolve(refs);
    try (Output out = output.open()) {
      out.renderer(corpus).turns(turns);
    }
    return ExitCode.OK;
  }
}
