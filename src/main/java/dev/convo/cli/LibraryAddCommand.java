package dev.convo.cli;

import dev.convo.ingest.TranscriptFormat;
import dev.convo.library.LibraryException;
import dev.convo.query.Conversation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code library add FILE}: a transcript or a corpus file, kept in the library under a name. */
public final class LibraryAddCommand implements Callable<Integer> {
  private final PositionalParamSpec file = CommandBuilder.parameter(Path.class, "1", "FILE",
      "A transcript, as ingest reads it, or a corpus file ending in .json, as --corpus reads it.");
  private final OptionSpec name = CommandBuilder.option(String.class, "NAME",
      "Keep it under this name (default: made from its title, else its file name): a lower-case"
          + " letter or digit, then lower-case letters, digits or hyphens.", "--name");
  private final OptionSpec format = OptionSpec.builder("--format").type(TranscriptFormat.class)
      .paramLabel("FORMAT").converters(new IngestCommand.FormatConverter())
      .completionCandidates(new IngestCommand.FormatNames())
      .description("The transcript's format: markdown, plain, podcast or webvtt (default: recognised"
          + " from the file).")
      .build();
  private final CommandSpec spec = CommandBuilder.command(this, "add")
      .standardHelpOptions()
      .description("Add a conversation to the library: a transcript, read as ingest reads it, or a"
          + " corpus file. Prints the name it is kept under. A name already taken is an error: remove it first.")
      .add(file, name, format)
      .example("convo library add transcript.md", "named after its title or file")
      .example("convo library add transcript.md --name fusion-talk --format markdown")
      .build();

  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Conversation added;
    try {
      added = LibraryCommand.open(ConvoCommand.of(spec)).add(file.getValue(), name.getValue(), format.getValue());
    } catch (LibraryException e) {
      throw LibraryCommand.failed(e);
    }
    spec.commandLine().getOut().println(added.name());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
