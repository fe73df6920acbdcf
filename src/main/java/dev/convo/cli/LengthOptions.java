package dev.convo.cli;

import dev.convo.query.QuoteFilter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --min-chars} and {@code --max-chars}: quote length in characters, as a reader counts them. */
public final class LengthOptions {
  @Option(names = "--min-chars", paramLabel = "N", description = "Only quotes of at least N characters.")
  Integer minChars;

  @Option(names = "--max-chars", paramLabel = "N", description = "Only quotes of at most N characters.")
  Integer maxChars;

  QuoteFilter filter(CommandSpec spec, FilterOptions.Resolved where) {
    if (minChars != null && maxChars != null && minChars > maxChars) {
      throw new ParameterException(spec.commandLine(),
          "--min-chars " + minChars + " is more than --max-chars " + maxChars);
    }
    return new QuoteFilter(where.speaker(), where.section(), where.turns(), minChars, maxChars);
  }
}
