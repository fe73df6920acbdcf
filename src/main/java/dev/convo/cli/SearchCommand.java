package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.Hit;
import dev.convo.query.QueryException;
import dev.convo.query.Search;
import dev.convo.query.SearchQuery;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the turns. Chinese matches as written, Latin words case-insensitively from the start"
          + " of a word, full-width letters as half-width (ＧＰＴ finds GPT). Every word must occur;"
          + " an argument with spaces, or text in double quotes, is one exact phrase.",
      "Results are ranked: more matches first, a match inside a key quote counting three times;"
          + " ties keep reading order. Exits 1 when nothing matches, like grep."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  convo search 核聚变",
      "  convo search 开源 --speaker sam",
      "  convo search --regex 'GPT-[45]' --format jsonl",
      "  convo search 计算能力 --full --limit 3"
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin FilterOptions filter;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words or phrases; all must match.")
  List<String> query;

  @Option(names = {"-e", "--regex"}, description = "Each QUERY is a Java regular expression.")
  boolean regex;

  @Option(names = {"-l", "--limit"}, paramLabel = "N", description = "Print at most N results.")
  Integer limit;

  @Option(names = "--full", description = "Print whole turns instead of the context of each match.")
  boolean full;

  @Override
  public Integer call() throws QueryException {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    Corpus corpus = ConvoCommand.of(spec).corpus();
    SearchQuery parsed = SearchQuery.parse(query, regex);
    List<Hit> hits = new Search(corpus).run(parsed, filter.resolve(corpus));
    if (limit != null && hits.size() > limit) {
      hits = hits.subList(0, limit);
    }
    try (Output out = output.open()) {
      out.renderer(corpus).hits(hits, full);
    }
    if (hits.isEmpty()) {
      Errors.print(spec.commandLine().getErr(), "no turn matches " + String.join(" ", query));
      return ExitCode.NO_MATCH;
    }
    return ExitCode.OK;
  }
}
