package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.Stats;
import dev.convo.render.Renderer;

public final class StatsCommand extends RecordsCommand<Stats> {
  public StatsCommand() {
    super("stats");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("Turns and characters per speaker and per section, with bar charts on a"
            + " terminal and the same numbers in every machine format.")
        .example("convo stats")
        .example("convo stats --format jsonl | grep '\"scope\":\"speaker\"'");
  }

  @Override
  protected Stats find(Corpus corpus) {
    return Stats.of(corpus);
  }

  @Override
  protected void print(Renderer renderer, Stats stats) {
    renderer.stats(stats);
  }
}
