package dev.convo.repl;

import dev.convo.cli.Output;
import dev.convo.corpus.Corpus;
import dev.convo.render.Part;
import dev.convo.render.Renderer;

/**
 * A conversation reading can be in: {@code conversation} of the library, its turns printed with
 * ids {@code qualified} by its name, or with {@code conversation} null the session's own corpus
 * (the conversation in use, else the bundled interview or the corpus given), printed as the CLI
 * prints it alone.
 */
record Place(String conversation, Corpus corpus, boolean qualified) {
  /** The session's own corpus. */
  static Place home(Corpus corpus) {
    return new Place(null, corpus, false);
  }

  /** Whether {@code other} is this place: compared by the corpus's identity, not its every turn. */
  boolean same(Place other) {
    return corpus == other.corpus && qualified == other.qualified
        && (conversation == null ? other.conversation == null : conversation.equals(other.conversation));
  }

  /** The renderer of {@code part} of a command's output from this place. */
  Renderer renderer(Output out, Part part) {
    return out.renderer(corpus, conversation, qualified, part);
  }
}
