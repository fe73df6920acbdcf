package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.QueryException;
import dev.convo.query.Stats;
import dev.convo.render.Renderer;
import picocli.CommandLine.Model.OptionSpec;

public final class SectionsCommand extends RecordsCommand<PerConversation<Stats>> {
  private final OptionSpec in = LibraryScope.in("List the sections of");

  public SectionsCommand() {
    super("sections");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("The table of contents: each section's id, number, Chinese and English title,"
            + " turns, and characters per speaker.",
            "With conversations added to the library it prints the table of each, under its name, and"
                + " section ids name their conversation (altman-2024/7); --in chooses.")
        .add(in)
        .example("convo sections")
        .example("convo sections --format tsv | cut -f1,4")
        .example("convo sections --in altman-2024", "one conversation of the library");
  }

  @Override
  protected PerConversation<Stats> find(Corpus corpus) throws QueryException {
    return PerConversation.find(LibraryScope.of(root(), in.getValue()), corpus, StatsCommand.STATS);
  }

  @Override
  protected void print(Renderer renderer, PerConversation<Stats> stats) {
    for (Stats found : stats.values()) {
      renderer.sections(found);
    }
  }

  @Override
  protected void print(Output out, Corpus corpus, PerConversation<Stats> stats) {
    stats.print(out, printer());
  }
}
