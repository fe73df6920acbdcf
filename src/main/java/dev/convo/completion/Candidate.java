package dev.convo.completion;

import java.util.regex.Pattern;

/**
 * A word to offer. {@code description} is what a shell prints beside it; {@code brief} is the
 * shorter note the REPL's menu has room for. {@code complete} is false for a word that only leads
 * to others ({@code 8:8/}, before a sentence number), after which no space is typed.
 */
public record Candidate(String value, String description, String brief, boolean complete) {
  /**
   * A value the user can type unquoted in every shell. An alias such as {@code q*} would be a glob
   * on the command line, so the scripts do not offer it (its slug is).
   */
  private static final Pattern TYPABLE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._+:/-]*");

  Candidate(String value, String description, String brief) {
    this(value, description, brief, true);
  }

  Candidate(String value, String description) {
    this(value, description, description, true);
  }

  /** Whether a shell can take this value as it is, without quotes. */
  public boolean typable() {
    return TYPABLE.matcher(value).matches();
  }

  /** The same word as an id of conversation {@code name} of the library: {@code tea/1:2}. */
  Candidate of(String name) {
    return new Candidate(name + "/" + value, description, brief, complete);
  }

  /** The same word followed by {@code suffix}, leading on to others. */
  Candidate leadingOn(String suffix) {
    return new Candidate(value + suffix, description, brief, false);
  }
}
