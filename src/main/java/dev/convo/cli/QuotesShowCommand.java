package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Turn;
import dev.convo.query.Fold;
import dev.convo.query.Sentences;
import dev.convo.render.Part;
import dev.convo.render.Renderer;
import dev.convo.text.Escape;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code quotes show ID}: one quote, and with {@code --context} the turn it comes from. */
public final class QuotesShowCommand extends RecordsCommand<QuotesShowCommand.Shown> {
  private final PositionalParamSpec id = CommandBuilder.parameter(String.class, "1", "ID",
      "A quote's id (q7), or a sentence's (8:8/1).");
  private final OptionSpec context = CommandBuilder.flag(
      "Also print the turn the quote comes from.", "-c", "--context");

  /**
   * The quote found, and the turn it comes from when asked for (else null); of conversation
   * {@code conversation} of the library, whose corpus is {@code corpus}, where its id named one
   * (else null, and the root's corpus).
   */
  record Shown(Quote quote, Turn turn, String conversation, Corpus corpus) {}

  public QuotesShowCommand() {
    super("show");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("One quote by id: a key quote (q7) or a sentence (8:8/1).",
            "A sentence's id is its turn's and its place in the turn, as quotes random --any draws it.",
            "An id with a conversation's name before a slash (tea/q3) is one of that conversation of the library.")
        .add(id, context)
        .example("convo quotes show q7")
        .example("convo quotes show q7 --context", "with the turn it comes from")
        .example("convo quotes show 8:8/1", "the first sentence of turn 8:8");
  }

  @Override
  protected Shown find(Corpus root) {
    String typed = this.id.getValue();
    QualifiedId id = QualifiedId.of(typed);
    Corpus corpus = root;
    if (id.qualified()) {
      if (root().corpusGiven()) {
        throw new ConvoException(ExitCode.USAGE, "'" + Escape.line(typed) + "' names a conversation of the"
            + " library, which --corpus leaves out: --corpus names the one corpus to read");
      }
      corpus = LibraryCommand.corpus(LibraryCommand.open(root()), id.conversation());
    }
    Corpus in = corpus;
    Quote quote = find(corpus, id.local()).orElseThrow(() -> new ConvoException(ExitCode.USAGE,
        "unknown quote '" + Escape.line(typed) + "' (quotes: " + firstAndLastIds(in)
            + "; see 'convo quotes list')"));
    boolean context = this.context.getValue();
    Turn turn = context ? corpus.turn(quote.turn()).orElseThrow() : null;
    return new Shown(quote, turn, id.qualified() ? id.conversation() : null, corpus);
  }

  /** A quote of a conversation named in its id prints through a renderer of that conversation's corpus. */
  @Override
  protected void print(Output out, Corpus corpus, Shown shown) {
    print(shown.conversation() == null ? out.renderer(corpus)
        : out.renderer(shown.corpus(), shown.conversation(), true, Part.WHOLE), shown);
  }

  @Override
  protected void print(Renderer renderer, Shown shown) {
    if (shown.turn() != null) {
      renderer.quoteInContext(shown.quote(), shown.turn());
    } else {
      renderer.quotes(List.of(shown.quote()), true);
    }
  }

  /** The lowest and highest quote ids, {@code q1 to q249}: shorter ids sort first, as numbers do. */
  private static String firstAndLastIds(Corpus corpus) {
    Comparator<String> numeric = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
    List<String> ids = corpus.quotes().stream().map(Quote::id).sorted(numeric).toList();
    return ids.get(0) + " to " + ids.get(ids.size() - 1);
  }

  private static Optional<Quote> find(Corpus corpus, String id) {
    String key = Fold.fold(id.strip());
    for (Quote quote : corpus.quotes()) {
      if (Fold.fold(quote.id()).equals(key)) {
        return Optional.of(quote);
      }
    }
    int slash = key.indexOf('/');
    if (slash > 0) {
      Optional<Turn> turn = corpus.turn(key.substring(0, slash));
      if (turn.isPresent()) {
        return Sentences.of(turn.get()).stream().filter(s -> s.id().equals(key)).findFirst();
      }
    }
    return Optional.empty();
  }
}
