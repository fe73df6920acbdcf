package dev.convo.render;

/**
 * Every colour convo uses, as ANSI SGR sequences. With colour off the palette paints nothing, so
 * renderers call it unconditionally and the text stays exactly the same.
 */
public final class Palette {
  /** What a piece of text is; the palette decides how that looks. */
  public enum Role {
    HEADING("1;35"),
    TITLE("1"),
    ID("2"),
    DIM("2"),
    ATTRIBUTION("2;3"),
    KEY_QUOTE("1"),
    HIT("1;31"),
    BAR("34");

    private final String sgr;

    Role(String sgr) {
      this.sgr = sgr;
    }
  }

  /** Lex's colour, then Sam's: cyan and yellow are far apart and readable on dark and light screens. */
  private static final String[] SPEAKERS = {"1;36", "1;33", "1;32", "1;34", "1;35"};
  private static final String RESET = "\u001b[0m";

  private static final Palette COLOUR = new Palette(true);
  private static final Palette NONE = new Palette(false);

  private final boolean enabled;

  private Palette(boolean enabled) {
    this.enabled = enabled;
  }

  public static Palette colour() {
    return COLOUR;
  }

  public static Palette none() {
    return NONE;
  }

  public String paint(Role role, String text) {
    return wrap(role.sgr, text);
  }

  /** The speaker at {@code index} in the corpus's speaker list: Lex and Sam differ. */
  public String speaker(int index, String text) {
    return wrap(SPEAKERS[Math.floorMod(index, SPEAKERS.length)], text);
  }

  /** Opening sequence for text inside a turn that is a key quote, a search hit, or both. */
  String inline(boolean keyQuote, boolean hit) {
    if (!enabled || (!keyQuote && !hit)) {
      return "";
    }
    return "\u001b[" + (hit ? Role.HIT.sgr : Role.KEY_QUOTE.sgr) + (hit && keyQuote ? ";4" : "") + "m";
  }

  String reset() {
    return enabled ? RESET : "";
  }

  private String wrap(String sgr, String text) {
    return enabled && !text.isEmpty() ? "\u001b[" + sgr + "m" + text + RESET : text;
  }
}
