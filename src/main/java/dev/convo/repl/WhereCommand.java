package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ConvoException;
import dev.convo.cli.ExitCode;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Turn;
import dev.convo.library.Library;
import dev.convo.text.Escape;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

public final class WhereCommand implements Callable<Integer> {
  static final String NOTHING_OPEN =
      "nothing read yet: open a section, topic or turn first (open 7, open gpt-5, open 7:3)";

  private final CommandSpec spec = CommandBuilder.command(this, "where")
      .standardHelpOptions()
      .description("Show the reading position: turn, speaker, section, and the conversation where the"
          + " library is in play; after a search, which hit.")
      .build();
  private final Session session;

  public WhereCommand(Session session) {
    this.session = session;
  }

  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Reading reading = session.reading();
    Optional<Turn> current = reading.current();
    String hit = reading.stepping() ? "hit " + reading.hitNumber() + " of " + reading.hitCount()
        + " for " + reading.query() : null;
    if (hit != null && reading.hitNumber() == 0) {
      spec.commandLine().getOut().println(Escape.line(reading.hitCount() + " hits for " + reading.query()
          + "; next reads the first"));
      return ExitCode.OK;
    }
    if (current.isEmpty()) {
      throw new ConvoException(ExitCode.NO_MATCH, NOTHING_OPEN);
    }
    Turn turn = current.get();
    Place place = reading.place();
    Corpus corpus = place.corpus();
    Section section = corpus.sectionOf(turn);
    String speaker = corpus.speaker(turn.speaker()).map(Speaker::name).orElse(turn.speaker());
    String id = place.qualified() ? place.conversation() + "/" + turn.id() : turn.id();
    String where = id + " · " + speaker + " · turn " + turn.index()
        + " of " + section.turns().size() + " in section " + section.id() + " " + section.title()
        + " · " + turn.seq() + " of " + corpus.turns().size() + " in " + conversation(place);
    spec.commandLine().getOut().println(Escape.line(hit == null ? where : hit + " · " + where));
    return ExitCode.OK;
  }

  /**
   * {@code conversation tea} where the library is in play (the session narrowed, ids qualified,
   * or another conversation than the bundled interview), else {@code the interview}.
   */
  private String conversation(Place place) {
    String name = session.conversationOf(place);
    boolean named = name != null
        && (session.inUse() != null || place.qualified() || !name.equals(Library.BUNDLED));
    return named ? "conversation " + name : "the interview";
  }
}
