package dev.convo.manual;

import dev.convo.cli.HelpText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes convo(1) in roff (the man macros) straight from the command model. picocli-codegen's
 * generator writes AsciiDoc, which needs Asciidoctor (a Ruby tool chain, or AsciidoctorJ with
 * JRuby in the build) to become a man page; a page this size is simpler to write directly.
 */
final class ManPage {
  /** The environment variables convo reads, in the order the page lists them. */
  static final List<Entry> ENVIRONMENT = List.of(
      new Entry("CONVO_CORPUS",
          "A corpus file to read instead of the bundled interview, as if given with \\-\\-corpus"
              + " (which takes precedence). Completion scripts then ask convo for that corpus's"
              + " topics, sections and quotes."),
      new Entry("NO_COLOR",
          "When set and not empty, output is not coloured (unless \\-\\-color=always or"
              + " CLICOLOR_FORCE say otherwise)."),
      new Entry("CLICOLOR_FORCE",
          "When set and neither empty nor 0, output is coloured even when it does not go to a"
              + " terminal, and text is the default format there, as with \\-\\-color=always"
              + " (unless \\-\\-color=never)."),
      new Entry("TERM",
          "When dumb, output is not coloured."),
      new Entry("PAGER",
          "The pager for output longer than the terminal (default: less \\-FRX; empty or cat:"
              + " none). Used only when standard output is a terminal; \\-\\-no\\-pager turns"
              + " it off."),
      new Entry("CONVO_WIDTH",
          "The number of columns (10 to 1000) to wrap text to instead of 100, as if given with"
              + " \\-\\-width (which takes precedence); a narrower terminal's whole width is used."),
      new Entry("COLUMNS",
          "The terminal's width, instead of asking the terminal; text is wrapped to it where it"
              + " is narrower than the reading width."),
      new Entry("LINES",
          "The height that decides whether output needs the pager, instead of the terminal's."),
      new Entry("XDG_STATE_HOME",
          "The REPL keeps its history in $XDG_STATE_HOME/convo/history"
              + " (default: ~/.local/state/convo/history)."),
      new Entry("XDG_DATA_HOME",
          "The library of conversations is kept in $XDG_DATA_HOME/convo/library"
              + " (default: ~/.local/share/convo/library). Once it holds more than the bundled"
              + " interview, quotes random, search, topics, topic, stats and sections read every"
              + " conversation in it, and \\-\\-in chooses."),
      new Entry("XDG_CACHE_HOME",
          "The launcher keeps its start\\-up cache in $XDG_CACHE_HOME/convo/"
              + " (default: ~/.cache/convo/); it may be deleted at any time."),
      new Entry("CONVO_DEBUG",
          "When 1, an internal error prints its stack trace, as with \\-\\-debug."),
      new Entry("CONVO_TRACE",
          "When startup, convo prints one line to standard error as it exits: the milliseconds"
              + " from the JVM's start to convo's, building the command tree, reading the corpus,"
              + " the command itself, and exiting."));

  /** Command lines shown under EXAMPLES; a test runs each against the real command tree. */
  static final List<Entry> EXAMPLES = List.of(
      new Entry("convo topic gpt\\-5",
          "Read what was said about GPT\\-5: the topic's key quotes, then the dialogue."),
      new Entry("convo search " + escape("计算能力") + " \\-\\-speaker sam \\-\\-format jsonl | jq \\-r .text",
          "Sam's turns about compute (" + escape("计算能力") + "), one JSON object per line, reduced to"
              + " their text by \\fBjq\\fR(1)."),
      new Entry("convo quotes random \\-\\-daily",
          "One quote a day, the same all day: for a shell start\\-up file."),
      new Entry("convo ingest transcript.md \\-o mine.json",
          "Extract a corpus from another transcript in the same Markdown convention; then read it"
              + " with \\fB\\-\\-corpus mine.json\\fR or \\fBCONVO_CORPUS=mine.json\\fR."),
      new Entry("convo stats \\-\\-in altman\\-2024",
          "The figures of one conversation of the library; without \\-\\-in, of each conversation"
              + " under its name, then their sum."),
      new Entry("convo completion bash > ~/.local/share/bash\\-completion/completions/convo",
          "Install completion for bash; \\fBzsh\\fR and \\fBfish\\fR work the same way."));

  /** A term and the roff text that explains it (already escaped). */
  record Entry(String term, String roff) {}

  private final CommandSpec root;
  private final String release;
  private final StringBuilder out = new StringBuilder();

  ManPage(CommandSpec root, String release) {
    this.root = root;
    this.release = release;
  }

  String roff() {
    String name = root.name();
    // Option names and paths must not be hyphenated or stretched to fill the line; the man macros
    // restore hyphenation at every paragraph from register HY, so it is cleared before .TH.
    line(".nr HY 0");
    line(".TH " + name.toUpperCase(java.util.Locale.ROOT) + " 1 \"\" " + quoted(release)
        + " \"User Commands\"");
    line(".ad l");
    line(".SH NAME");
    line(escape(name) + " \\- " + escape(lowerFirst(HelpText.summary(root.usageMessage().description()))));
    line(".SH SYNOPSIS");
    synopsis(root);
    line(".SH DESCRIPTION");
    paragraphs(HelpText.lines(root.usageMessage().description()));
    footer(root);
    if (!root.options().isEmpty()) {
      line(".SH OPTIONS");
      options(root, true);
      List<String> global = root.options().stream()
          .filter(o -> !o.hidden() && o.scopeType() == CommandLine.ScopeType.INHERIT)
          .map(o -> "\\fB" + escape(o.longestName()) + "\\fR").toList();
      if (!global.isEmpty()) {
        line(".PP");
        line(String.join(" and ", global) + " are global: every command takes "
            + (global.size() == 1 ? "it" : "them") + ", before or after its name.");
      }
    }
    line(".SH COMMANDS");
    line("Each command takes \\fB\\-h\\fR (\\fB\\-\\-help\\fR) for its own usage; only its"
        + " other options are listed here.");
    for (CommandSpec command : commands(root)) {
      line(".SS " + quoted(command.qualifiedName()));
      synopsis(command);
      paragraphs(HelpText.lines(command.usageMessage().description()));
      options(command, false);
      positionals(command);
      footer(command);
    }
    exitStatus();
    line(".SH ENVIRONMENT");
    for (Entry e : ENVIRONMENT) {
      line(".TP");
      line(".B " + e.term());
      line(e.roff());
    }
    line(".SH EXAMPLES");
    for (Entry e : EXAMPLES) {
      line(".PP");
      line(e.roff());
      line(".PP");
      line(".RS 4");
      line(".EX");
      line(e.term());
      line(".EE");
      line(".RE");
    }
    line(".SH SEE ALSO");
    line(".BR less (1),");
    line(".BR jq (1)");
    return out.toString();
  }

  /** Every visible command under {@code spec}, parents first, each once whatever its aliases. */
  private static List<CommandSpec> commands(CommandSpec spec) {
    List<CommandSpec> all = new ArrayList<>();
    List<CommandLine> seen = new ArrayList<>();
    for (CommandLine sub : spec.subcommands().values()) {
      if (seen.stream().anyMatch(s -> s == sub) || sub.getCommandSpec().usageMessage().hidden()) {
        continue;
      }
      seen.add(sub);
      all.add(sub.getCommandSpec());
      all.addAll(commands(sub.getCommandSpec()));
    }
    return all;
  }

  private void synopsis(CommandSpec command) {
    String synopsis = new Help(command, Help.defaultColorScheme(Ansi.OFF)).synopsis(0);
    String flat = HelpText.oneLine(synopsis);
    String qualified = command.qualifiedName();
    line(".PP");
    if (flat.startsWith(qualified)) {
      line(".B " + quoted(qualified));
      String rest = flat.substring(qualified.length()).strip();
      if (!rest.isEmpty()) {
        line(escape(rest));
      }
    } else {
      line(escape(flat));
    }
  }

  /**
   * Description lines as roff: flush-left lines run together into paragraphs, blank lines
   * separate them, and indented lines (examples) are kept verbatim.
   */
  private void paragraphs(List<String> lines) {
    int indent = lines.stream().filter(l -> l.startsWith(" ") && !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    boolean verbatim = false;
    boolean open = false;
    for (String text : lines) {
      boolean indented = text.startsWith(" ");
      if (text.isBlank()) {
        if (verbatim) {
          line(".EE");
          line(".RE");
          verbatim = false;
        }
        open = false;
        continue;
      }
      if (indented && !verbatim) {
        line(".PP");
        line(".RS 4");
        line(".EX");
        verbatim = true;
      } else if (!indented && verbatim) {
        line(".EE");
        line(".RE");
        verbatim = false;
        open = false;
      }
      if (verbatim) {
        line(escape(text.substring(indent).stripTrailing()));
        continue;
      }
      if (!open) {
        line(".PP");
        open = true;
      }
      line(escape(text.strip()));
    }
    if (verbatim) {
      line(".EE");
      line(".RE");
    }
  }

  private void footer(CommandSpec command) {
    String[] footer = command.usageMessage().footer();
    if (footer.length > 0) {
      List<String> lines = new ArrayList<>(HelpText.lines(new String[] {command.usageMessage().footerHeading()}));
      lines.addAll(HelpText.lines(footer));
      paragraphs(lines);
    }
  }

  /**
   * The options of {@code command}; under a subcommand, those every command shares (help,
   * version, the root's global options) are left to the root's list.
   */
  private void options(CommandSpec command, boolean all) {
    for (OptionSpec option : command.options()) {
      boolean shared = option.usageHelp() || option.versionHelp() || option.inherited();
      if (option.hidden() || (shared && !all)) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String n : option.names()) {
        names.add("\\fB" + escape(n) + "\\fR");
      }
      if (option.negatable()) {
        for (String n : option.names()) {
          names.add("\\fB" + escape(command.negatableOptionTransformer().makeNegative(n, command))
              + "\\fR");
        }
      }
      String term = String.join(", ", names);
      if (option.arity().max() > 0) {
        String label = "\\fI" + escape(label(option.paramLabel())) + "\\fR";
        term += option.arity().min() == 0 ? "[=" + label + "]" : "=" + label;
      }
      line(".TP");
      line(term);
      describe(option.description());
    }
  }

  private void positionals(CommandSpec command) {
    for (PositionalParamSpec param : command.positionalParameters()) {
      if (param.hidden()) {
        continue;
      }
      line(".TP");
      line("\\fI" + escape(label(param.paramLabel())) + "\\fR");
      describe(param.description());
    }
  }

  private void describe(String[] description) {
    List<String> lines = HelpText.lines(description);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        line(".br");
      }
      line(escape(lines.get(i).strip()));
    }
  }

  private void exitStatus() {
    Map<String, String> codes = root.usageMessage().exitCodeList();
    if (codes.isEmpty()) {
      return;
    }
    line(".SH EXIT STATUS");
    for (Map.Entry<String, String> code : codes.entrySet()) {
      line(".TP");
      line(".B " + escape(code.getKey().strip()));
      line(escape(upperFirst(code.getValue().strip())) + ".");
    }
  }

  private static String label(String paramLabel) {
    return paramLabel.replaceAll("[<>]", "");
  }

  /**
   * Escapes text for roff: backslashes, hyphens (so options render as minus signs and can be
   * searched for), a leading control character, and every non-ASCII character as a {@code \[u…]}
   * escape so the page renders the same whatever encoding groff assumes for its input.
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c == '\\') {
        s.append("\\e");
      } else if (c == '-') {
        s.append("\\-");
      } else if (c < 0x80) {
        s.append((char) c);
      } else {
        s.append(String.format("\\[u%04X]", c));
      }
    });
    if (s.length() > 0 && (s.charAt(0) == '.' || s.charAt(0) == '\'')) {
      s.insert(0, "\\&");
    }
    return s.toString();
  }

  private static String quoted(String text) {
    return "\"" + escape(text).replace("\"", "\\(dq") + "\"";
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String upperFirst(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
