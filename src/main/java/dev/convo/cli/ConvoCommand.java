package dev.convo.cli;

import picocli.CommandLine.Command;

@Command(
    name = "convo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Explore Lex Fridman's 2024 interview with Sam Altman (Chinese translation).",
    subcommands = {IngestCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:results printed",
      "1:nothing matched",
      "2:usage error, unknown id or bad corpus",
      "3:unexpected internal error"
    })
public final class ConvoCommand {}
