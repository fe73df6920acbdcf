package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ConvoCommand;
import dev.convo.cli.ExitCode;
import dev.convo.cli.OutputOptions;
import dev.convo.corpus.Turn;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class MoreCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final CommandSpec spec = CommandBuilder.command(this, "more")
      .standardHelpOptions()
      .description("Read on for a screenful of turns.")
      .add(output)
      .build();
  private final Session session;

  MoreCommand(Session session) {
    this.session = session;
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    List<Turn> following = session.reading().following(Integer.MAX_VALUE);
    if (following.isEmpty()) {
      spec.commandLine().getErr().println("convo: that was the last turn of the interview");
      return ExitCode.NO_MATCH;
    }
    session.readOn(session.page(following, ConvoCommand.of(spec).env(), output::textWidth), output);
    return ExitCode.OK;
  }
}
