package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.query.QueryException;
import dev.convo.query.Quotes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Every key quote in reading order, with the editor's rank where it has one.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  convo quotes list",
      "  convo quotes list --speaker sam --format jsonl"
    })
final class QuotesListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin FilterOptions filter;
  @Mixin LengthOptions length;

  @Override
  public Integer call() throws QueryException {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    List<Quote> quotes = Quotes.candidates(corpus, length.filter(spec, filter.resolve(corpus)), false);
    if (quotes.isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, "no key quote matches these filters");
    }
    try (Output out = output.open()) {
      out.renderer(corpus).quotes(quotes, false);
    }
    return ExitCode.OK;
  }
}
