package dev.convo.repl;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.QualifiedId;
import dev.convo.query.QueryException;
import dev.convo.query.Refs;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

public final class OpenCommand extends ReadingCommand {
  private final PositionalParamSpec ref = CommandBuilder.parameter(String.class, "1", "REF",
      "A section (7, 1a), a turn (7:3), a slug or a topic; NAME/7:3 in conversation NAME of the library.");

  public OpenCommand(Session session) {
    super("open", session, false);
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description(
            "Start reading at a section, a topic or a turn, and print its first turn.",
            "Then next (or Enter) reads on, prev goes back, more reads a screenful.",
            "A reference with a conversation's name before a slash (tea/1:2) reads that conversation"
                + " of the library.",
            "",
            "Examples: open 7   open gpt-5   open 7:3   open altman-2024/7:3")
        .add(ref);
  }

  @Override
  protected List<Reading.Spot> read() throws QueryException {
    QualifiedId id = QualifiedId.of(ref.getValue());
    Place place = id.qualified() ? session.conversation(id.conversation()) : session.home();
    return List.of(new Reading.Spot(place, new Refs(place.corpus()).resolve(id.local()).get(0)));
  }
}
