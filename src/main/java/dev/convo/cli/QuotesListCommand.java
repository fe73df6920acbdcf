package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.query.QueryException;
import dev.convo.query.QuoteFilter;
import dev.convo.query.Quotes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class QuotesListCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final FilterOptions filter = new FilterOptions();
  private final LengthOptions length = new LengthOptions();
  private final OptionSpec editors = CommandBuilder.flag(
      "Only the editor's choices: the key quotes, set in bold in the source or listed by the editor.",
      "--editors");
  private final CommandSpec spec = CommandBuilder.command(this, "list")
      .standardHelpOptions()
      .description("Every quote in reading order, with the editor's rank where it has one: the key"
          + " quotes (set in bold or listed by the editor) and those curated by reading the interview.")
      .add(output)
      .add(filter)
      .add(length)
      .add(editors)
      .example("convo quotes list")
      .example("convo quotes list --editors", "the key quotes only")
      .example("convo quotes list --speaker sam --format jsonl")
      .build();

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws QueryException {
    Corpus corpus = ConvoCommand.of(spec).corpus();
    boolean editorsOnly = this.editors.getValue();
    QuoteFilter quoteFilter = length.filter(spec, filter.resolve(corpus));
    List<Quote> quotes = Quotes.candidates(corpus, editorsOnly ? quoteFilter.editors() : quoteFilter, false);
    if (quotes.isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, "no " + (editorsOnly ? "key quote" : "quote")
          + " matches these filters");
    }
    try (Output out = output.open()) {
      out.renderer(corpus).quotes(quotes, false);
    }
    return ExitCode.OK;
  }
}
