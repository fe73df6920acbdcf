package dev.convo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

public final class QuotesCommand implements Callable<Integer> {
  static final String RANDOM = "random";

  private final CommandSpec spec = CommandBuilder.command(this, "quotes")
      .standardHelpOptions()
      .description("Key quotes: the lines the source set in bold or the editor picked as favourites.",
          "Alone, it draws one at random, as quotes random does.")
      .example("convo quotes random --daily", "one a day, for a shell's start-up file")
      .example("convo quotes list")
      .example("convo quotes show q7 --context")
      .build();

  public CommandSpec spec() {
    return spec;
  }

  /** Alone, a random quote (as quotes random draws it): what someone typing just {@code quotes} most likely wants. */
  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get(RANDOM).execute();
  }
}
