package dev.convo.render;

/**
 * Where one renderer's output stands in a list that several print in turn, one conversation each:
 * the first opens the list (a JSON array's bracket, a TSV header), the last closes it.
 */
public record Part(boolean first, boolean last) {
  /** The whole list, as one renderer prints it alone. */
  public static final Part WHOLE = new Part(true, true);
}
