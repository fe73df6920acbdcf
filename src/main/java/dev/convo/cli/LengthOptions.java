package dev.convo.cli;

import dev.convo.query.QuoteFilter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** {@code --min-chars} and {@code --max-chars}: quote length in characters, as a reader counts them. */
public final class LengthOptions implements CommandBuilder.OptionGroup {
  private final OptionSpec minChars = CommandBuilder.option(Integer.class, "N",
      "Only quotes of at least N characters.", "--min-chars");
  private final OptionSpec maxChars = CommandBuilder.option(Integer.class, "N",
      "Only quotes of at most N characters.", "--max-chars");

  @Override
  public void addTo(CommandSpec command) {
    command.addOption(minChars).addOption(maxChars);
  }

  /** Whether either option was given. */
  boolean given() {
    return minChars.getValue() != null || maxChars.getValue() != null;
  }

  QuoteFilter filter(CommandSpec spec, FilterOptions.Resolved where) {
    Integer min = minChars.getValue();
    Integer max = maxChars.getValue();
    if (min != null && max != null && min > max) {
      throw new ParameterException(spec.commandLine(),
          "--min-chars " + min + " is more than --max-chars " + max);
    }
    return new QuoteFilter(where.speaker(), where.section(), where.turns(), where.quotes(), min, max,
        false);
  }
}
