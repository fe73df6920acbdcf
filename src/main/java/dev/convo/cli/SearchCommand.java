package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.query.Hit;
import dev.convo.query.NoMatch;
import dev.convo.query.QueryException;
import dev.convo.query.Search;
import dev.convo.query.SearchQuery;
import dev.convo.render.Format;
import dev.convo.render.HitLayout;
import dev.convo.render.Renderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

public final class SearchCommand implements Callable<Integer> {
  private static final int MAX_CONTEXT = 1000;

  private final OutputOptions output = new OutputOptions();
  private final FilterOptions filter = new FilterOptions();
  private final PositionalParamSpec query = CommandBuilder.words("1..*", "QUERY",
      "Words or phrases; all must match.");
  private final OptionSpec regex = CommandBuilder.flag(
      "Each QUERY is a Java regular expression.", "-e", "--regex");
  private final OptionSpec ignoreCase = CommandBuilder.flag(
      "With --regex, ignore case (words and phrases always do).", "-i", "--ignore-case");
  private final OptionSpec exact = CommandBuilder.flag(
      "Search only what was typed: no glossary forms, no traditional characters read as simplified.",
      "--exact");
  private final OptionSpec limit = CommandBuilder.option(Integer.class, "N",
      "Print at most N results.", "-n", "--limit");
  private final OptionSpec count = CommandBuilder.flag(
      "Print only the number of matching turns.", "-c", "--count");
  private final OptionSpec ids = CommandBuilder.flag(
      "Print only the ids of the matching turns, one a line.", "-l", "--ids");
  private final OptionSpec context = CommandBuilder.option(Integer.class, "N",
      "Show N characters of context either side of each match (default " + HitLayout.CONTEXT + ").",
      "-C", "--context");
  private final OptionSpec full = CommandBuilder.flag(
      "Print whole turns instead of the context of each match.", "--full");
  private final CommandSpec spec = CommandBuilder.command(this, "search")
      .standardHelpOptions()
      .description(
          "Search the turns. Chinese matches as a substring, Latin words case-insensitively from the"
              + " start of a word, full-width letters as half-width (ＧＰＴ finds GPT); a space between"
              + " Chinese and Latin letters or digits never decides a match."
              + " Every word must occur; an argument with spaces, or text in double quotes, is one phrase.",
          "Words expand through the corpus's glossary into the forms the text uses (算力 and compute"
              + " also search 计算能力; the output says what else was searched), and traditional"
              + " characters read as simplified (計算能力 finds 计算能力); --exact turns both off.",
          "Results are ranked: turns where every word matched as typed first, then those where the"
              + " words stand together as a phrase, then by a BM25 score that counts matches inside"
              + " key and curated quotes more; ties keep reading order. Exits 1 when nothing matches,"
              + " like grep, suggesting what would.")
      .add(output)
      .add(filter)
      .add(query, regex, ignoreCase, exact, limit, count, ids, context, full)
      .example("convo search 核聚变")
      .example("convo search compute", "also searches 计算能力")
      .example("convo search 开源 --speaker sam")
      .example("convo search --regex -i 'gpt-[45]' --format jsonl")
      .example("convo search 计算能力 --full --limit 3")
      .example("convo search 董事会 -c", "how many turns")
      .build();

  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws QueryException {
    List<String> query = this.query.getValue();
    Integer limit = this.limit.getValue();
    if (limit != null && limit < 1) {
      throw usage("--limit must be at least 1, not " + limit);
    }
    Integer context = this.context.getValue();
    if (context != null && (context < 0 || context > MAX_CONTEXT)) {
      throw usage("--context must be from 0 to " + MAX_CONTEXT + ", not " + context);
    }
    boolean count = this.count.getValue();
    boolean ids = this.ids.getValue();
    if (count && ids) {
      throw usage("--count and --ids contradict each other: give one");
    }
    if ((count || ids) && (full.<Boolean>getValue() || context != null)) {
      throw usage((count ? "--count" : "--ids") + " prints no text: it takes neither --full nor --context");
    }
    if (full.<Boolean>getValue() && context != null) {
      throw usage("--full prints whole turns: it takes no --context");
    }
    Corpus corpus = ConvoCommand.of(spec).corpus();
    SearchQuery parsed = SearchQuery.parse(query, regex.getValue(), ignoreCase.getValue(), exact.getValue());
    Predicate<Turn> filter = this.filter.resolve(corpus);
    Search search = new Search(corpus);
    List<Hit> hits = search.run(parsed, filter);
    if (limit != null && hits.size() > limit) {
      hits = hits.subList(0, limit);
    }
    List<String> also = search.also(parsed);
    List<Turn> turns = new ArrayList<>(hits.size());
    for (Hit hit : hits) {
      turns.add(hit.turn());
    }
    ConvoCommand.of(spec).searched(new ConvoCommand.Searched(String.join(" ", query), turns));
    try (Output out = output.open()) {
      Renderer renderer = out.renderer(corpus);
      boolean noteInOutput = !count && !ids && (out.format() == Format.TEXT || out.format() == Format.MARKDOWN);
      if (!also.isEmpty() && !hits.isEmpty() && !noteInOutput) {
        Errors.print(spec.commandLine().getErr(), "also searched: " + String.join(", ", also));
      }
      if (count) {
        renderer.count(hits.size());
      } else if (ids) {
        renderer.ids(hits);
      } else {
        renderer.hits(hits, new HitLayout(full.getValue(), context == null ? HitLayout.CONTEXT : context, also));
      }
    }
    if (hits.isEmpty()) {
      Errors.print(spec.commandLine().getErr(), "no turn matches " + String.join(" ", query)
          + NoMatch.hint(corpus, parsed, filter, query));
      return ExitCode.NO_MATCH;
    }
    return ExitCode.OK;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
