package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.Hit;
import dev.convo.query.QueryException;
import dev.convo.query.Search;
import dev.convo.query.SearchQuery;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

public final class SearchCommand implements Callable<Integer> {
  private final OutputOptions output = new OutputOptions();
  private final FilterOptions filter = new FilterOptions();
  private final PositionalParamSpec query = CommandBuilder.words("1..*", "QUERY",
      "Words or phrases; all must match.");
  private final OptionSpec regex = CommandBuilder.flag(
      "Each QUERY is a Java regular expression.", "-e", "--regex");
  private final OptionSpec limit = CommandBuilder.option(Integer.class, "N",
      "Print at most N results.", "-l", "--limit");
  private final OptionSpec full = CommandBuilder.flag(
      "Print whole turns instead of the context of each match.", "--full");
  private final CommandSpec spec = CommandBuilder.command(this, "search")
      .standardHelpOptions()
      .description(
          "Search the turns. Chinese matches as written, Latin words case-insensitively from the start"
              + " of a word, full-width letters as half-width (ＧＰＴ finds GPT). Every word must occur;"
              + " an argument with spaces, or text in double quotes, is one exact phrase.",
          "Results are ranked: more matches first, a match inside a key quote counting three times;"
              + " ties keep reading order. Exits 1 when nothing matches, like grep.")
      .add(output)
      .add(filter)
      .add(query, regex, limit, full)
      .example("convo search 核聚变")
      .example("convo search 开源 --speaker sam")
      .example("convo search --regex 'GPT-[45]' --format jsonl")
      .example("convo search 计算能力 --full --limit 3")
      .build();

  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws QueryException {
    List<String> query = this.query.getValue();
    Integer limit = this.limit.getValue();
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    Corpus corpus = ConvoCommand.of(spec).corpus();
    SearchQuery parsed = SearchQuery.parse(query, regex.getValue());
    List<Hit> hits = new Search(corpus).run(parsed, filter.resolve(corpus));
    if (limit != null && hits.size() > limit) {
      hits = hits.subList(0, limit);
    }
    try (Output out = output.open()) {
      out.renderer(corpus).hits(hits, full.getValue());
    }
    if (hits.isEmpty()) {
      Errors.print(spec.commandLine().getErr(), "no turn matches " + String.join(" ", query));
      return ExitCode.NO_MATCH;
    }
    return ExitCode.OK;
  }
}
