package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.library.Library;
import dev.convo.query.Hit;
import dev.convo.query.NoMatch;
import dev.convo.query.QueryException;
import dev.convo.query.Search;
import dev.convo.query.SearchQuery;
import dev.convo.render.Format;
import dev.convo.render.HitLayout;
import dev.convo.render.Part;
import dev.convo.render.Renderer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
  private final OptionSpec in = LibraryScope.in("Search");
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
              + " like grep, suggesting what would.",
          "With conversations added to the library it searches them all, each ranked on its own, in"
              + " the library's order; ids name their conversation before a slash; --in chooses.")
      .add(output)
      .add(filter)
      .add(query, regex, ignoreCase, exact, limit, count, ids, context, full, in)
      .example("convo search 核聚变")
      .example("convo search compute", "also searches 计算能力")
      .example("convo search 开源 --speaker sam")
      .example("convo search --regex -i 'gpt-[45]' --format jsonl")
      .example("convo search 计算能力 --full --limit 3")
      .example("convo search 董事会 -c", "how many turns")
      .example("convo search 计算能力 --in altman-2024", "in one conversation of the library")
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
    SearchQuery parsed = SearchQuery.parse(query, regex.getValue(), ignoreCase.getValue(), exact.getValue());
    LibraryScope scope = LibraryScope.of(ConvoCommand.of(spec), in.getValue());
    if (!scope.single()) {
      return across(scope, parsed, limit);
    }
    Corpus corpus = ConvoCommand.of(spec).corpus();
    Predicate<Turn> filter = this.filter.resolve(corpus);
    Search search = new Search(corpus);
    List<Hit> hits = search.run(parsed, filter);
    if (limit != null && hits.size() > limit) {
      hits = hits.subList(0, limit);
    }
    List<String> also = search.also(parsed);
    List<ConvoCommand.Found> turns = new ArrayList<>(hits.size());
    for (Hit hit : hits) {
      turns.add(new ConvoCommand.Found(null, corpus, hit.turn()));
    }
    ConvoCommand.of(spec).searched(new ConvoCommand.Searched(String.join(" ", query), turns, false));
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

  /** One conversation's hits, ranked within it. */
  private record Found(String conversation, Corpus corpus, List<Hit> hits) {}

  /**
   * The search in every conversation of {@code scope}: each ranked on its own (BM25 weighs a term
   * by how rare it is in one corpus), in the library's order, at most {@code limit} in all.
   */
  private int across(LibraryScope scope, SearchQuery parsed, Integer limit) throws QueryException {
    List<Found> found = new ArrayList<>();
    Set<String> also = new LinkedHashSet<>();
    QueryException unmet = null;
    int searched = 0;
    int left = limit == null ? Integer.MAX_VALUE : limit;
    for (String name : scope.names()) {
      if (left == 0) {
        break;
      }
      // A topic's turns are found in the whole text, which the index does not hold.
      Library.Candidates candidates = this.filter.byTopic()
          ? new Library.Candidates(scope.corpus(name), null) : scope.candidates(name, parsed);
      Corpus corpus = candidates.corpus();
      Predicate<Turn> filter;
      try {
        filter = this.filter.resolve(corpus);
      } catch (QueryException e) {
        // A speaker of one conversation need not be in another: that one has nothing to find.
        unmet = unmet == null ? e : unmet;
        continue;
      }
      Search search = new Search(corpus, candidates.totals());
      List<Hit> hits = search.run(parsed, filter);
      searched++;
      if (!hits.isEmpty()) {
        hits = hits.subList(0, Math.min(left, hits.size()));
        left -= hits.size();
        found.add(new Found(name, corpus, hits));
        also.addAll(search.also(parsed));
      }
    }
    if (searched == 0 && unmet != null) {
      throw unmet;
    }
    List<String> query = this.query.getValue();
    ConvoCommand root = ConvoCommand.of(spec);
    if (root.followsSearches()) {
      // Who steps through the hits reads on from them, in the whole conversation: the search read
      // only the turns that may match.
      List<ConvoCommand.Found> turns = new ArrayList<>();
      for (Found one : found) {
        Corpus whole = scope.corpus(one.conversation());
        for (Hit hit : one.hits()) {
          turns.add(new ConvoCommand.Found(one.conversation(), whole, whole.turn(hit.turn().id()).orElseThrow()));
        }
      }
      root.searched(new ConvoCommand.Searched(String.join(" ", query), turns, scope.qualified()));
    }
    boolean count = this.count.getValue();
    boolean ids = this.ids.getValue();
    Integer context = this.context.getValue();
    try (Output out = output.open()) {
      boolean noteInOutput = !count && !ids && (out.format() == Format.TEXT || out.format() == Format.MARKDOWN);
      if (!also.isEmpty() && !found.isEmpty() && !noteInOutput) {
        Errors.print(spec.commandLine().getErr(), "also searched: " + String.join(", ", also));
      }
      if (count) {
        out.renderer(ConvoCommand.of(spec).corpus()).count(found.stream().mapToInt(f -> f.hits().size()).sum());
      }
      // One table for them all: a time column where any conversation found gives times.
      List<Corpus> corpora = found.stream().map(Found::corpus).toList();
      for (int i = 0; i < found.size() && !count; i++) {
        Found one = found.get(i);
        Renderer renderer = out.renderer(one.corpus(), one.conversation(), scope.qualified(),
            new Part(i == 0, i == found.size() - 1, corpora));
        if (ids) {
          renderer.ids(one.hits());
        } else {
          renderer.hits(one.hits(), new HitLayout(full.getValue(), context == null ? HitLayout.CONTEXT : context,
              List.copyOf(also)));
        }
      }
    }
    if (found.isEmpty()) {
      Errors.print(spec.commandLine().getErr(), "no turn matches " + String.join(" ", query) + " in "
          + (scope.names().size() == 1 ? scope.names().get(0) : "the library"));
      return ExitCode.NO_MATCH;
    }
    return ExitCode.OK;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
