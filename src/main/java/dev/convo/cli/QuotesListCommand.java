package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.query.QueryException;
import dev.convo.query.Quotes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class QuotesListCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final FilterOptions filter = new FilterOptions();
  private final LengthOptions length = new LengthOptions();
  private final CommandSpec spec = CommandBuilder.command(this, "list")
      .standardHelpOptions()
      .description("Every key quote in reading order, with the editor's rank where it has one.")
      .add(output)
      .add(filter)
      .add(length)
      .example("convo quotes list")
      .example("convo quotes list --speaker sam --format jsonl")
      .build();

  CommandSpec spec() {
    return spec;
  }

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
