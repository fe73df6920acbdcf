package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.query.QueryException;
import dev.convo.query.QuoteFilter;
import dev.convo.query.Quotes;
import dev.convo.render.Renderer;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

public final class QuotesListCommand extends RecordsCommand<List<Quote>> {
  private final FilterOptions filter = new FilterOptions();
  private final LengthOptions length = new LengthOptions();
  private final OptionSpec editors = CommandBuilder.flag(
      "Only the editor's choices: the key quotes, set in bold in the source or listed by the editor.",
      "--editors");

  public QuotesListCommand() {
    super("list");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("Every quote in reading order, with the editor's rank where it has one: the key"
            + " quotes (set in bold or listed by the editor) and those curated by reading the interview.")
        .add(filter)
        .add(length)
        .add(editors)
        .example("convo quotes list")
        .example("convo quotes list --editors", "the key quotes only")
        .example("convo quotes list --speaker sam --format jsonl");
  }

  @Override
  protected List<Quote> find(Corpus corpus) throws QueryException {
    boolean editorsOnly = this.editors.getValue();
    QuoteFilter quoteFilter = length.filter(spec(), filter.resolve(corpus));
    List<Quote> quotes = Quotes.candidates(corpus, editorsOnly ? quoteFilter.editors() : quoteFilter, false);
    if (quotes.isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, "no " + (editorsOnly ? "key quote" : "quote")
          + " matches these filters");
    }
    return quotes;
  }

  @Override
  protected void print(Renderer renderer, List<Quote> quotes) {
    renderer.quotes(quotes, false);
  }
}
