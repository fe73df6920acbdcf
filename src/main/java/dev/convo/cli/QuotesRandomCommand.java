package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.query.QueryException;
import dev.convo.query.QuoteFilter;
import dev.convo.query.Quotes;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "random",
    mixinStandardHelpOptions = true,
    description = {
      "A random key quote, attributed to its speaker, section and turn.",
      "The same --seed always gives the same quotes; --daily gives one quote per calendar day."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  convo quotes random",
      "  convo quotes random --speaker sam --max-chars 30",
      "  convo quotes random --any -n 3 --seed 42     three sentences from anywhere, reproducibly"
    })
final class QuotesRandomCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin FilterOptions filter;
  @Mixin LengthOptions length;

  @Option(names = {"-n", "--count"}, paramLabel = "N", description = "Draw N distinct quotes (default: 1).")
  Integer count;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed the draw: the same seed gives the same quotes every time.")
  Long seed;

  @Option(names = "--daily", description = "One quote per calendar day, the same all day.")
  boolean daily;

  @Option(names = "--any", description = "Draw from every sentence of the interview, not only key quotes.")
  boolean any;

  @Override
  public Integer call() throws QueryException {
    if (daily && seed != null) {
      throw new ParameterException(spec.commandLine(), "--daily and --seed cannot be combined");
    }
    if (count != null && count < 1) {
      throw new ParameterException(spec.commandLine(), "-n must be at least 1, not " + count);
    }
    Corpus corpus = ConvoCommand.of(spec).corpus();
    QuoteFilter quoteFilter = length.filter(spec, filter.resolve(corpus));
    List<Quote> candidates = Quotes.candidates(corpus, quoteFilter, any);
    if (candidates.isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, "no " + (any ? "sentence" : "key quote")
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
