package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ExitCode;
import dev.convo.text.Escape;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code use NAME}: the REPL's commands read one conversation of the library, as if each were given
 * {@code --in NAME}, and bare ids are its own; {@code use all} reads the whole library again.
 */
public final class UseCommand implements Callable<Integer> {
  /** The word that widens the session to the whole library again, as {@code show all} reads all of one. */
  static final String ALL = "all";

  private final PositionalParamSpec conversation = CommandBuilder.parameter(String.class, "0..1",
      "CONVERSATION", "A conversation of the library (library list names them), or all.");
  private final CommandSpec spec = CommandBuilder.command(this, "use")
      .standardHelpOptions()
      .description(
          "Read one conversation of the library: commands then read it as with --in NAME (an --in"
              + " given still counts), bare ids (7:3, q3) are its own, and the prompt names it.",
          "use all reads the whole library again; use alone says which is in use.",
          "",
          "Examples: use tea   use all   use")
      .add(conversation)
      .build();
  private final Session session;

  public UseCommand(Session session) {
    this.session = session;
  }

  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    String name = conversation.getValue();
    if (name == null) {
      String inUse = session.inUse();
      spec.commandLine().getOut().println(inUse != null ? Escape.line(inUse)
          : session.libraryLeftOut() ? "the corpus --corpus names, without the library"
          : "all: the whole library");
      return ExitCode.OK;
    }
    session.use(name.equals(ALL) ? null : name);
    return ExitCode.OK;
  }
}
