package dev.convo.repl;

import dev.convo.cli.ConvoCommand;
import dev.convo.cli.ExitCode;
import dev.convo.cli.OutputOptions;
import dev.convo.corpus.Turn;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "more", description = "Read on for a screenful of turns.")
final class MoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  private final Session session;

  MoreCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    List<Turn> following = session.reading().following(Integer.MAX_VALUE);
    if (following.isEmpty()) {
      spec.commandLine().getErr().println("convo: that was the last turn of the interview");
      return ExitCode.NO_MATCH;
    }
    session.read(session.page(following, ConvoCommand.of(spec).env()), output);
    return ExitCode.OK;
  }
}
