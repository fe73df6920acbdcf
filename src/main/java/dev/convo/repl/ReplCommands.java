package dev.convo.repl;

import picocli.CommandLine;

/** The commands only the REPL has, added beside the CLI's in the tree each line runs in. */
final class ReplCommands {
  /** What Enter on an empty line runs once something has been read. */
  static final String CONTINUE = "next";

  private ReplCommands() {}

  static void install(CommandLine cli, Session session) {
    cli.addSubcommand(new OpenCommand(session));
    cli.addSubcommand(new NextCommand(session));
    cli.addSubcommand(new PrevCommand(session));
    cli.addSubcommand(new MoreCommand(session));
    cli.addSubcommand(new WhereCommand(session));
    cli.addSubcommand(new ExitCommand(session));
    if (!cli.getSubcommands().containsKey("help")) {
      cli.addSubcommand(new CommandLine.HelpCommand());
    }
  }
}
