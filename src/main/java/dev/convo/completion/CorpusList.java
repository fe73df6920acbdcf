package dev.convo.completion;

/**
 * The lists of names a corpus defines that commands take as values. Turns and sentences are many,
 * and their ids say where they belong ({@code 7:3} is in section 7, {@code 8:8/1} in turn 8:8), so
 * they are offered only once the word being completed names their section ({@code 7:}) or turn
 * ({@code 8:8/}), in the REPL and in every shell alike.
 */
public enum CorpusList {
  SECTIONS("section"),
  TOPICS("topic"),
  QUOTES("quote"),
  SPEAKERS("speaker"),
  /** Offered once the word has a colon, those of the section before it. */
  TURNS("turn"),
  /**
   * Offered once the word has a slash, those of the turn before it; before that, once the word has
   * a colon, the turns of its section, each followed by the slash.
   */
  SENTENCES("sentence"),
  /**
   * The conversations of the reader's library ({@code --in}, {@code library show}): the library
   * is the reader's, not the corpus's, so the scripts always ask convo for them.
   */
  CONVERSATIONS("conversation");

  private final String noun;

  CorpusList(String noun) {
    this.noun = noun;
  }

  /** The word naming this list on the command line ({@code convo completion --list topic}). */
  public String noun() {
    return noun;
  }

  static CorpusList ofNoun(String noun) {
    for (CorpusList list : values()) {
      if (list.noun.equals(noun)) {
        return list;
      }
    }
    throw new IllegalArgumentException(noun);
  }
}
