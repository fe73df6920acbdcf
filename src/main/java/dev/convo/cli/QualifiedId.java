package dev.convo.cli;

/**
 * A reference or id as typed, split into the conversation of the library it names before a slash
 * ({@code tea/1:2}, {@code tea/q3}) and the rest, which means in that conversation what a bare one
 * means alone. A slash after a colon belongs to the id itself ({@code 8:8/1}, a sentence of turn
 * 8:8), so {@code conversation} is null for that and for every bare id.
 */
public record QualifiedId(String conversation, String local) {
  public static QualifiedId of(String typed) {
    int slash = typed.indexOf('/');
    return slash > 0 && typed.lastIndexOf(':', slash) < 0
        ? new QualifiedId(typed.substring(0, slash), typed.substring(slash + 1))
        : new QualifiedId(null, typed);
  }

  /** Whether a conversation is named. */
  public boolean qualified() {
    return conversation != null;
  }
}
