package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.library.Library;
import dev.convo.query.QueryException;
import dev.convo.query.QuoteFilter;
import dev.convo.query.Quotes;
import dev.convo.render.Renderer;
import dev.convo.render.Part;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

public final class QuotesRandomCommand extends RecordsCommand<List<QuotesRandomCommand.Pick>> {
  /** A quote drawn, with the conversation it is from (null for the root's corpus alone) and its corpus. */
  record Pick(String conversation, Corpus corpus, Quote quote, boolean qualified) {}

  private final FilterOptions filter = new FilterOptions();
  private final LengthOptions length = new LengthOptions();
  private final OptionSpec count = CommandBuilder.option(Integer.class, "N",
      "Draw N distinct quotes (default: 1).", "-n", "--count");
  private final OptionSpec seed = CommandBuilder.option(Long.class, "N",
      "Seed the draw: the same seed gives the same quotes every time.", "--seed");
  private final OptionSpec daily = CommandBuilder.flag(
      "One quote per calendar day, the same all day.", "--daily");
  private final OptionSpec any = CommandBuilder.flag(
      "Draw from every sentence of the interview that stands alone, not only the quotes.", "--any");
  private final OptionSpec editors = CommandBuilder.flag(
      "Only the editor's choices: the key quotes, set in bold in the source or listed by the editor.",
      "--editors");
  private final OptionSpec in = LibraryScope.in("Draw from");

  public QuotesRandomCommand() {
    super("random");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description(
            "A random quote, attributed to its speaker, section and turn: a key quote (set in bold or"
                + " listed by the editor) or one curated by reading the interview.",
            "The same --seed always gives the same quotes; --daily gives one quote per calendar day.",
            "With conversations added to the library it draws from them all, as fortune draws from"
                + " all its files, and ids name their conversation (altman-2024/q7); --in chooses.")
        .add(filter)
        .add(length)
        .add(count, seed, daily, any, editors, in)
        .example("convo quotes random")
        .example("convo quotes random --speaker sam --max-chars 30")
        .example("convo quotes random --editors", "a key quote only")
        .example("convo quotes random --any -n 3 --seed 42", "3 sentences, always the same")
        .example("convo quotes random --in altman-2024", "one conversation only");
  }

  @Override
  protected void check() {
    Integer count = this.count.getValue();
    if ((boolean) any.getValue() && (boolean) editors.getValue()) {
      throw new ParameterException(spec().commandLine(), "--any and --editors cannot be combined");
    }
    if ((boolean) daily.getValue() && seed.getValue() != null) {
      throw new ParameterException(spec().commandLine(), "--daily and --seed cannot be combined");
    }
    if (count != null && count < 1) {
      throw new ParameterException(spec().commandLine(), "-n must be at least 1, not " + count);
    }
  }

  @Override
  protected List<Pick> find(Corpus corpus) throws QueryException {
    List<String> chosen = in.getValue();
    LibraryScope scope = LibraryScope.of(root(), chosen);
    List<Pick> candidates = new ArrayList<>();
    if (scope.single()) {
      for (Quote quote : Quotes.candidates(corpus, quoteFilter(corpus), this.any.getValue())) {
        candidates.add(new Pick(null, corpus, quote, false));
      }
    } else if (everyQuote()) {
      return drawFromIndexes(scope);
    } else {
      QueryException unmet = null;
      for (String name : scope.names()) {
        Corpus conversation = scope.corpus(name);
        QuoteFilter filter;
        try {
          filter = quoteFilter(conversation);
        } catch (QueryException e) {
          // A speaker or topic of one conversation need not be in another: that one offers none.
          unmet = unmet == null ? e : unmet;
          continue;
        }
        for (Quote quote : Quotes.candidates(conversation, filter, this.any.getValue())) {
          candidates.add(new Pick(name, conversation, quote, scope.qualified()));
        }
      }
      if (candidates.isEmpty() && unmet != null) {
        throw unmet;
      }
    }
    if (candidates.isEmpty()) {
      boolean any = this.any.getValue();
      throw new ConvoException(ExitCode.NO_MATCH, "no " + (any ? "sentence" : (boolean) editors.getValue()
          ? "key quote" : "quote") + " matches these filters");
    }
    // Loops, not streams: the first lambda of a process costs a one-shot command milliseconds.
    Integer count = this.count.getValue();
    Map<Quote, Pick> picks = new IdentityHashMap<>();
    List<Quote> quotes = new ArrayList<>(candidates.size());
    for (Pick pick : candidates) {
      picks.put(pick.quote(), pick);
      quotes.add(pick.quote());
    }
    List<Pick> drawn = new ArrayList<>();
    for (Quote quote : Quotes.draw(quotes, count == null ? 1 : count, random())) {
      drawn.add(picks.get(quote));
    }
    return drawn;
  }

  /** Whether every quote may be drawn: no option narrows them. */
  private boolean everyQuote() {
    return !filter.given() && !length.given() && !(boolean) any.getValue() && !(boolean) editors.getValue();
  }

  /**
   * Draws from every quote of the conversations of {@code scope}, reading from their indexes only
   * the quotes drawn. The quotes are those the whole corpora would offer in the same order, and
   * drawn by the same shuffle, so a seed gives the same quotes either way.
   */
  private List<Pick> drawFromIndexes(LibraryScope scope) {
    List<String> names = scope.names();
    int[] firsts = new int[names.size() + 1];
    for (int i = 0; i < names.size(); i++) {
      firsts[i + 1] = firsts[i] + scope.quoteCount(names.get(i));
    }
    if (firsts[names.size()] == 0) {
      throw new ConvoException(ExitCode.NO_MATCH, "no quote matches these filters");
    }
    Integer count = this.count.getValue();
    int[] drawn = Quotes.draw(firsts[names.size()], count == null ? 1 : count, random());
    Map<Integer, Pick> picks = new HashMap<>();
    for (int c = 0; c < names.size(); c++) {
      List<Integer> mine = new ArrayList<>();
      for (int position : drawn) {
        if (position >= firsts[c] && position < firsts[c + 1]) {
          mine.add(position);
        }
      }
      if (mine.isEmpty()) {
        continue;
      }
      int[] ordinals = new int[mine.size()];
      for (int i = 0; i < ordinals.length; i++) {
        ordinals[i] = mine.get(i) - firsts[c];
      }
      Library.Drawn read = scope.quotes(names.get(c), ordinals);
      for (int i = 0; i < ordinals.length; i++) {
        picks.put(mine.get(i), new Pick(names.get(c), read.corpus(), read.quotes().get(i), scope.qualified()));
      }
    }
    List<Pick> inOrder = new ArrayList<>(drawn.length);
    for (int position : drawn) {
      inOrder.add(picks.get(position));
    }
    return inOrder;
  }

  private Random random() {
    Long seed = this.seed.getValue();
    return seed != null ? new Random(seed)
        : (boolean) daily.getValue() ? new Random(Quotes.dailySeed(root().env().today().get()))
        : new Random();
  }

  private QuoteFilter quoteFilter(Corpus corpus) throws QueryException {
    QuoteFilter quoteFilter = length.filter(spec(), filter.resolve(corpus));
    return (boolean) editors.getValue() ? quoteFilter.editors() : quoteFilter;
  }

  /** One quote, drawn without {@code -n}, prints as one record rather than a list of one. */
  @Override
  protected void print(Renderer renderer, List<Pick> picks) {
    List<Quote> quotes = new ArrayList<>(picks.size());
    for (Pick pick : picks) {
      quotes.add(pick.quote());
    }
    renderer.quotes(quotes, count.getValue() == null);
  }

  /**
   * Quotes of several conversations print in the order drawn, each run of one conversation's
   * through a renderer of its corpus, as parts of one list.
   */
  @Override
  protected void print(Output out, Corpus corpus, List<Pick> picks) {
    if (picks.get(0).conversation() == null) {
      print(out.renderer(corpus), picks);
      return;
    }
    for (int start = 0; start < picks.size(); ) {
      int end = start + 1;
      while (end < picks.size() && picks.get(end).conversation().equals(picks.get(start).conversation())) {
        end++;
      }
      Pick first = picks.get(start);
      Renderer renderer = out.renderer(first.corpus(), first.conversation(), first.qualified(),
          new Part(start == 0, end == picks.size()));
      print(renderer, picks.subList(start, end));
      start = end;
    }
  }
}
