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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

public final class SearchCommand implements Callable<Integer> {
  private static final int MAX_CONTEXT = 1000;
  /**
   * Conversations from which a search without --limit takes a second thread: fewer are searched
   * before a thread would start. With a limit they are searched in order, to stop at the limit.
   */
  private static final int TWO_THREADS_FROM = 8;

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
    List<String> names = scope.names();
    Searched[] searched = new Searched[names.size()];
    if (limit == null && names.size() >= TWO_THREADS_FROM) {
      searchAll(scope, parsed, searched);
    }
    List<Found> found = new ArrayList<>();
    Set<String> also = new LinkedHashSet<>();
    QueryException unmet = null;
    boolean any = false;
    int left = limit == null ? Integer.MAX_VALUE : limit;
    for (int i = 0; i < names.size() && left > 0; i++) {
      Searched one = searched[i] != null ? searched[i] : search(scope, names.get(i), parsed);
      if (one.unmet() != null) {
        unmet = unmet == null ? one.unmet() : unmet;
        continue;
      }
      any = true;
      if (!one.hits().isEmpty()) {
        List<Hit> hits = one.hits().subList(0, Math.min(left, one.hits().size()));
        left -= hits.size();
        found.add(new Found(one.name(), one.corpus(), hits));
        also.addAll(one.also());
      }
    }
    if (!any && unmet != null) {
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
      // One table for them all: a time column where any conversation found gives times. Loops, not
      // streams: a first lambda costs a one-shot command milliseconds.
      List<Corpus> corpora = new ArrayList<>(found.size());
      int hitCount = 0;
      for (Found one : found) {
        corpora.add(one.corpus());
        hitCount += one.hits().size();
      }
      if (count) {
        out.renderer(ConvoCommand.of(spec).corpus()).count(hitCount);
      }
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

  /** One conversation searched: its hits ranked, the forms also searched; or why it has nothing to find. */
  private record Searched(String name, Corpus corpus, List<Hit> hits, List<String> also, QueryException unmet) {}

  private Searched search(LibraryScope scope, String name, SearchQuery parsed) {
    // A topic's turns are found in the whole text, which the index does not hold.
    Library.Candidates candidates = filter.byTopic()
        ? new Library.Candidates(scope.corpus(name), null) : scope.candidates(name, parsed);
    Corpus corpus = candidates.corpus();
    Predicate<Turn> filter;
    try {
      filter = this.filter.resolve(corpus);
    } catch (QueryException e) {
      // A speaker of one conversation need not be in another: that one has nothing to find.
      return new Searched(name, corpus, List.of(), List.of(), e);
    }
    Search search = new Search(corpus, candidates.totals());
    List<Hit> hits = search.run(parsed, filter);
    return new Searched(name, corpus, hits, hits.isEmpty() ? List.of() : search.also(parsed), null);
  }

  /**
   * Searches every conversation of {@code scope} into {@code searched}, on this thread and one
   * more: across a large library the search is work that a second core takes half of, with nothing
   * shared but the library's caches, which lock. Whatever fails is thrown here, the failure of the
   * first conversation in the library's order first, as one thread would have met it.
   */
  private void searchAll(LibraryScope scope, SearchQuery parsed, Searched[] searched) {
    RuntimeException[] failed = new RuntimeException[searched.length];
    AtomicInteger next = new AtomicInteger();
    Thread helper = new Thread(new Searching(scope, parsed, searched, failed, next), "convo-search");
    helper.setDaemon(true);
    helper.start();
    new Searching(scope, parsed, searched, failed, next).run();
    try {
      helper.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConvoException(ExitCode.INTERNAL, "interrupted while searching the library");
    }
    for (RuntimeException failure : failed) {
      if (failure != null) {
        throw failure;
      }
    }
  }

  /**
   * Takes the next conversation no thread has taken until none is left (a class, not a lambda: a
   * first lambda costs a one-shot command milliseconds).
   */
  private final class Searching implements Runnable {
    private final LibraryScope scope;
    private final SearchQuery parsed;
    private final Searched[] searched;
    private final RuntimeException[] failed;
    private final AtomicInteger next;

    Searching(LibraryScope scope, SearchQuery parsed, Searched[] searched, RuntimeException[] failed,
        AtomicInteger next) {
      this.scope = scope;
      this.parsed = parsed;
      this.searched = searched;
      this.failed = failed;
      this.next = next;
    }

    @Override
    public void run() {
      for (int i = next.getAndIncrement(); i < searched.length; i = next.getAndIncrement()) {
        try {
          searched[i] = search(scope, scope.names().get(i), parsed);
        } catch (RuntimeException e) {
          failed[i] = e;
        }
      }
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
