package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.Stats;
import dev.convo.render.Renderer;

public final class SectionsCommand extends RecordsCommand<Stats> {
  public SectionsCommand() {
    super("sections");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("The table of contents: each section's id, number, Chinese and English title,"
            + " turns, and characters per speaker.")
        .example("convo sections")
        .example("convo sections --format tsv | cut -f1,4");
  }

  @Override
  protected Stats find(Corpus corpus) {
    return Stats.of(corpus);
  }

  @Override
  protected void print(Renderer renderer, Stats stats) {
    renderer.sections(stats);
  }
}
