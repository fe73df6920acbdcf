package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.query.QueryException;
import dev.convo.query.QuoteFilter;
import dev.convo.query.Quotes;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

final class QuotesRandomCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
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
  private final CommandSpec spec = CommandBuilder.command(this, "random")
      .standardHelpOptions()
      .description(
          "A random quote, attributed to its speaker, section and turn: a key quote (set in bold or"
              + " listed by the editor) or one curated by reading the interview.",
          "The same --seed always gives the same quotes; --daily gives one quote per calendar day.")
      .add(output)
      .add(filter)
      .add(length)
      .add(count, seed, daily, any, editors)
      .example("convo quotes random")
      .example("convo quotes random --speaker sam --max-chars 30")
      .example("convo quotes random --editors", "a key quote only")
      .example("convo quotes random --any -n 3 --seed 42", "3 sentences, always the same")
      .build();

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws QueryException {
    Integer count = this.count.getValue();
    Long seed = this.seed.getValue();
    boolean daily = this.daily.getValue();
    boolean any = this.any.getValue();
    boolean editorsOnly = this.editors.getValue();
    if (any && editorsOnly) {
      throw new ParameterException(spec.commandLine(), "--any and --editors cannot be combined");
    }
    if (daily && seed != null) {
      throw new ParameterException(spec.commandLine(), "--daily and --seed cannot be combined");
    }
    if (count != null && count < 1) {
      throw new ParameterException(spec.commandLine(), "-n must be at least 1, not " + count);
    }
    Corpus corpus = ConvoCommand.of(spec).corpus();
    QuoteFilter quoteFilter = length.filter(spec, filter.resolve(corpus));
    if (editorsOnly) {
      quoteFilter = quoteFilter.editors();
    }
    List<Quote> candidates = Quotes.candidates(corpus, quoteFilter, any);
    if (candidates.isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, "no " + (any ? "sentence" : editorsOnly ? "key quote" : "quote")
          + " matches these filters");
    }
    Random random = seed != null ? new Random(seed)
        : daily ? new Random(Quotes.dailySeed(ConvoCommand.of(spec).env().today().get()))
        : new Random();
    List<Quote> quotes = Quotes.draw(candidates, count == null ? 1 : count, random);
    try (Output out = output.open()) {
      out.renderer(corpus).quotes(quotes, count == null);
    }
    return ExitCode.OK;
  }
}
