package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.query.QueryException;
import dev.convo.query.QuoteFilter;
import dev.convo.query.Quotes;
import dev.convo.render.Renderer;
import java.util.List;
import java.util.Random;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

public final class QuotesRandomCommand extends RecordsCommand<List<Quote>> {
  private final FilterOptions filter = new FilterOptions();
  private final LengthOptions length = new LengthOptions();
  private final OptionSpec count = CommandBuilder.option(Integer.class, "N",
      "Draw N distinct quotes (default: 1).", "-n", "--count");
  private final OptionSpec seed = CommandBuilder.option(Long.class, "N",
      "Seed the draw: the same seed gives the same quotes every time.", "--seed");
  private final OptionSpec daily = CommandBuilder.flag(
      "One quote per calendar day, the same all day.", "--daily");
  private final OptionSpec any = CommandBuilder.flag(
      "Draw from every sentence of the interview that stands alone, not only the quotes.", "--any");
  private final OptionSpec editors = CommandBuilder.flag(
      "Only the editor's choices: the key quotes, set in bold in the source or listed by the editor.",
      "--editors");

  public QuotesRandomCommand() {
    super("random");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description(
            "A random quote, attributed to its speaker, section and turn: a key quote (set in bold or"
                + " listed by the editor) or one curated by reading the interview.",
            "The same --seed always gives the same quotes; --daily gives one quote per calendar day.")
        .add(filter)
        .add(length)
        .add(count, seed, daily, any, editors)
        .example("convo quotes random")
        .example("convo quotes random --speaker sam --max-chars 30")
        .example("convo quotes random --editors", "a key quote only")
        .example("convo quotes random --any -n 3 --seed 42", "3 sentences, always the same");
  }

  @Override
  protected void check() {
    Integer count = this.count.getValue();
    if ((boolean) any.getValue() && (boolean) editors.getValue()) {
      throw new ParameterException(spec().commandLine(), "--any and --editors cannot be combined");
    }
    if ((boolean) daily.getValue() && seed.getValue() != null) {
      throw new ParameterException(spec().commandLine(), "--daily and --seed cannot be combined");
    }
    if (count != null && count < 1) {
      throw new ParameterException(spec().commandLine(), "-n must be at least 1, not " + count);
    }
  }

  @Override
  protected List<Quote> find(Corpus corpus) throws QueryException {
    Integer count = this.count.getValue();
    Long seed = this.seed.getValue();
    boolean daily = this.daily.getValue();
    boolean any = this.any.getValue();
    boolean editorsOnly = this.editors.getValue();
    QuoteFilter quoteFilter = length.filter(spec(), filter.resolve(corpus));
    if (editorsOnly) {
      quoteFilter = quoteFilter.editors();
    }
    List<Quote> candidates = Quotes.candidates(corpus, quoteFilter, any);
    if (candidates.isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, "no " + (any ? "sentence" : editorsOnly ? "key quote" : "quote")
          + " matches these filters");
    }
    Random random = seed != null ? new Random(seed)
        : daily ? new Random(Quotes.dailySeed(root().env().today().get()))
        : new Random();
    return Quotes.draw(candidates, count == null ? 1 : count, random);
  }

  /** One quote, drawn without {@code -n}, prints as one record rather than a list of one. */
  @Override
  protected void print(Renderer renderer, List<Quote> quotes) {
    renderer.quotes(quotes, count.getValue() == null);
  }
}
