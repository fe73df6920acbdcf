package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.QueryException;
import dev.convo.query.Stats;
import dev.convo.render.Renderer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Model.OptionSpec;

public final class StatsCommand extends RecordsCommand<PerConversation<Stats>> {
  private final OptionSpec in = LibraryScope.in("Count");

  public StatsCommand() {
    super("stats");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("Turns and characters per speaker and per section, with bar charts on a"
            + " terminal and the same numbers in every machine format.",
            "With conversations added to the library it prints the figures of each, under its name,"
                + " ids naming their conversation (altman-2024/total), then the library's: each"
                + " conversation's turns and characters and their sum. Speakers are not added up"
                + " across conversations, as the same name need not be the same person; --in chooses.")
        .add(in)
        .example("convo stats")
        .example("convo stats --format jsonl | grep '\"scope\":\"speaker\"'")
        .example("convo stats --in altman-2024", "one conversation of the library");
  }

  /**
   * Each conversation's figures ({@link Stats#of}), for this command and {@code sections}. Classes,
   * not lambdas or method references, here and below: the first lambda of a process costs a one-shot
   * command milliseconds.
   */
  static final PerConversation.Finder<Stats> STATS = new PerConversation.Finder<Stats>() {
    @Override
    public Stats find(Corpus corpus) {
      return Stats.of(corpus);
    }
  };

  @Override
  protected PerConversation<Stats> find(Corpus corpus) throws QueryException {
    return PerConversation.find(LibraryScope.of(root(), in.getValue()), corpus, STATS);
  }

  @Override
  protected void print(Renderer renderer, PerConversation<Stats> stats) {
    for (Stats found : stats.values()) {
      renderer.stats(found);
    }
  }

  /** With several conversations, the library's figures close the list. */
  @Override
  protected void print(Output out, Corpus corpus, PerConversation<Stats> stats) {
    Map<String, Stats.Count> totals = new LinkedHashMap<>();
    for (PerConversation.Found<Stats> one : stats.found()) {
      totals.put(one.conversation(), one.value().total());
    }
    stats.print(out, printer(), new Consumer<Renderer>() {
      @Override
      public void accept(Renderer renderer) {
        renderer.library(totals);
      }
    });
  }
}
