package dev.convo.cli;

import dev.convo.library.LibraryException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code library remove NAME}: a conversation added, with its index; the bundled one stays. */
public final class LibraryRemoveCommand implements Callable<Integer> {
  private final PositionalParamSpec name = CommandBuilder.parameter(String.class, "1", "NAME",
      "The name of a conversation added.");
  private final CommandSpec spec = CommandBuilder.command(this, "remove")
      .standardHelpOptions()
      .description("Remove a conversation from the library, and print its name. The bundled interview"
          + " cannot be removed.")
      .add(name)
      .example("convo library remove fusion-talk")
      .build();

  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    try {
      LibraryCommand.open(ConvoCommand.of(spec)).remove(name.getValue());
    } catch (LibraryException e) {
      throw LibraryCommand.failed(e);
    }
    spec.commandLine().getOut().println((String) name.getValue());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
