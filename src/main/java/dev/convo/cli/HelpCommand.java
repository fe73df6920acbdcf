package dev.convo.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code convo help [COMMAND…]}: git's habit, the same text as {@code convo COMMAND… --help}. It
 * is added last, after every other command of the tree it helps with (the REPL's too).
 * Picocli has a help command of its own, but it is declared with annotations (a cost at every
 * start-up that builds the whole tree) and words its errors as picocli does.
 */
public final class HelpCommand implements Callable<Integer> {
  private final PositionalParamSpec command = PositionalParamSpec.builder().index("0").arity("0..1")
      .type(String.class).paramLabel("COMMAND").completionCandidates(new CommandNames())
      .description("The command whose help to show.").build();
  private final PositionalParamSpec subcommands = PositionalParamSpec.builder().index("1..*")
      .arity("0..*").type(List.class).auxiliaryTypes(String.class).paramLabel("SUBCOMMAND")
      .description("A command under it (convo help quotes random).").build();
  private final CommandSpec spec = CommandBuilder.command(this, "help")
      .standardHelpOptions()
      .description("Show the help of convo or of a command, the same as --help.")
      .add(command, subcommands)
      .example("convo help", "the commands and the options every command takes")
      .example("convo help search", "the same as convo search --help")
      .example("convo help quotes random", "the same as convo quotes random --help")
      .build();

  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    List<String> words = new ArrayList<>();
    if (command.getValue() != null) {
      words.add(command.getValue());
    }
    List<String> below = subcommands.getValue();
    if (below != null) {
      words.addAll(below);
    }
    CommandLine target = spec.root().commandLine();
    for (String word : words) {
      CommandLine sub = target.getSubcommands().get(word);
      if (sub == null) {
        throw new UnmatchedArgumentException(target, List.of(word));
      }
      target = sub;
    }
    target.usage(target.getOut(), target.getColorScheme());
    target.getOut().flush();
    return ExitCode.OK;
  }

  /** The commands of the tree the help command is in, for completion: looked up when asked. */
  private final class CommandNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (CommandLine sub : spec.root().subcommands().values()) {
        CommandSpec command = sub.getCommandSpec();
        if (!command.usageMessage().hidden() && !names.contains(command.name())) {
          names.add(command.name());
        }
      }
      return names.iterator();
    }
  }
}
