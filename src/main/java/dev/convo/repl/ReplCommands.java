package dev.convo.repl;

import dev.convo.cli.HelpCommand;
import picocli.CommandLine;

/** The commands only the REPL has, added beside the CLI's in the tree each line runs in. */
final class ReplCommands {
  /** What Enter on an empty line runs: reading on, from the beginning in a fresh session. */
  static final String CONTINUE = "next";

  private ReplCommands() {}

  static void install(CommandLine cli, Session session) {
    cli.addSubcommand(new CommandLine(new OpenCommand(session).spec()));
    cli.addSubcommand(new CommandLine(new NextCommand(session).spec()));
    cli.addSubcommand(new CommandLine(new PrevCommand(session).spec()));
    cli.addSubcommand(new CommandLine(new MoreCommand(session).spec()));
    cli.addSubcommand(new CommandLine(new WhereCommand(session).spec()));
    cli.addSubcommand(new CommandLine(new ExitCommand(session).spec()));
    cli.addSubcommand(new CommandLine(new HelpCommand().spec()));
  }
}
