package dev.convo.cli;

import dev.convo.Commands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.convo.render.Format;
import dev.convo.text.Env;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/**
 * Random argument vectors, from a fixed seed, into the whole command tree: whatever is typed,
 * convo answers with a documented status, a short stderr, and standard output that is valid for
 * the format asked for and free of raw control characters.
 */
class ArgumentFuzzTest {
  private static final long SEED = 20240319L;
  private static final int CASES = 2500;
  /** A usage error, a corpus error and a suggestion fit in this; a stack trace would not. */
  private static final int MAX_ERROR_LINES = 3;
  /** Picocli's wording, which convo's messages replace: none of it may reach the user. */
  private static final List<String> PICOCLI_WORDING = List.of("Unmatched argument", "Unknown option",
      "Missing required", "Invalid value", "is not a long", "is not an int", "is not a boolean",
      "should be specified only once", "at index", "Expected parameter", "case-sensitive",
      "(while processing option", "max number of values");

  private static final String MEGABYTE = "GPT".repeat(1 << 18) + "a";
  private static final List<List<String>> COMMANDS = List.of(
      List.of(), List.of("quotes"), List.of("quotes", "random"), List.of("quotes", "list"),
      List.of("quotes", "show"), List.of("topic"), List.of("topics"), List.of("sections"),
      List.of("show"), List.of("search"), List.of("stats"), List.of("ingest"), List.of("serch"),
      List.of("quotes", "radnom"), List.of("help"));
  private static final List<String> VALUED = List.of("--format", "-f", "--color", "--colour", "--speaker",
      "--section", "--topic", "--limit", "-l", "-n", "--count", "--seed", "--min-chars", "--max-chars",
      "--corpus", "--topics", "--repairs");
  private static final List<String> FLAGS = List.of("--json", "--regex", "-e", "--full", "--context", "-c",
      "--daily", "--any", "--no-pager", "--help", "-h", "--version", "-V", "-", "--", "-fjson", "-n3",
      "--format=", "--limit=", "--seed=-1", "-ln");
  private static final List<String> WORDS = List.of("all", "7", "1a", "7:3", "7:3-6", "7:19-8:2", "8:8/1",
      "q1", "q9", "q10", "gpt-5", "GPT5", "ＧＰＴ－５", "核聚变", "compute", "q-star", "lex", "sam", "Sam Altman",
      "json", "jsonl", "tsv", "plain", "markdown", "text", "always", "never", "auto", "data/corpus.json",
      "/nonexistent/corpus.json", "/", "/dev/null", "说", "\"open source\"", "“开源”");
  private static final List<String> FORMATS = List.of("json", "jsonl", "tsv", "plain", "markdown", "text");
  private static final List<String> NUMBERS = List.of("0", "1", "3", "-1", "-0", "+5", "007", "-2147483648",
      "2147483647", "2147483648", "9223372036854775807", "9223372036854775808",
      "99999999999999999999999999", "1e9", "0x10", "1.5", "NaN", "٣", "３");
  private static final List<String> REGEXES = List.of(".*", "GPT-[45]", "(", "[", "\\", "a{99999}", "(?i)sora",
      "^$", "\\p{IsHan}+", "*", "+?", "[^]", "(?<name", "\\Q", "x{2,1}", "(?=.)", "\\bAGI\\b", "|", "\\u00",
      "[\\x{1F600}-\\x{1F64F}]");
  private static final List<String> ODD = List.of("", " ", "\t", "\n", "a\u0000b", "\u0000", "\u001b[2J",
      "\u202eevil", "\r", "\u0085", "GPT-５ 核聚变 🚀 مرحبا שלום", "👨‍👩‍👧", "e\u0301", "\uD83D", "\uFFFF",
      "ﷺ", "𠀀𠀁", "--unknown", "-Z", "--format=json", "--limit=-5", "-n-1", "---", "--=", "@args");

  record Outcome(int code, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  private static String pick(Random random, List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static String value(Random random) {
    int kind = random.nextInt(100);
    if (kind < 30) {
      return pick(random, WORDS);
    } else if (kind < 55) {
      return pick(random, NUMBERS);
    } else if (kind < 70) {
      return pick(random, REGEXES);
    } else if (kind < 95) {
      return pick(random, ODD);
    } else if (kind < 98) {
      return randomText(random);
    }
    return MEGABYTE;
  }

  /** Code points from every plane, controls and surrogate halves included. */
  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int plane = random.nextInt(4);
      int cp = plane == 0 ? random.nextInt(0x80) : plane == 1 ? random.nextInt(0x3000)
          : plane == 2 ? 0x4E00 + random.nextInt(0x5000) : random.nextInt(Character.MAX_CODE_POINT);
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
        text.append((char) cp);
      } else {
        text.appendCodePoint(cp);
      }
    }
    return text.toString();
  }

  static List<String> vector(Random random) {
    List<String> args = new ArrayList<>(COMMANDS.get(random.nextInt(COMMANDS.size())));
    if (random.nextInt(3) == 0) {
      args.add(random.nextBoolean() ? "--json" : "--format=" + pick(random, FORMATS));
    }
    int tokens = random.nextInt(7);
    for (int i = 0; i < tokens; i++) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        args.add(pick(random, VALUED));
        if (random.nextInt(8) > 0) {
          args.add(value(random));
        }
      } else if (kind < 6) {
        args.add(pick(random, FLAGS));
      } else {
        args.add(value(random));
      }
    }
    return args;
  }

  /**
   * A command tree in one environment, reused as the REPL reuses it, so that state left over from
   * one vector would show in the next.
   */
  private static final class Tree {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    final PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    final CommandLine commandLine;

    Tree(boolean terminal, int columns, int rows, boolean pagerRuns) {
      Env env = Env.fixed(Map.of(), terminal, columns, rows, LocalDate.of(2026, 3, 19),
          (command, text) -> pagerRuns);
      commandLine = Commands.cli(outWriter, errWriter, env);
    }

    Outcome run(List<String> args) {
      out.reset();
      err.reset();
      int code = commandLine.execute(args.toArray(new String[0]));
      outWriter.flush();
      errWriter.flush();
      return new Outcome(code, out.toByteArray(), new String(err.toByteArray(), StandardCharsets.UTF_8));
    }
  }

  private static List<Tree> trees() {
    return List.of(new Tree(false, 80, 24, false), new Tree(true, 1, 1, false), new Tree(true, 13, 40, true),
        new Tree(true, 200, 60, false), new Tree(true, 80, 10_000, true));
  }

  /** The format the vector asks for, as picocli will read it; empty when it asks for none or several. */
  static Optional<Format> requested(List<String> args) {
    List<Format> asked = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals("--json")) {
        asked.add(Format.JSON);
      } else if ((arg.equals("--format") || arg.equals("-f")) && i + 1 < args.size()) {
        Format.byId(args.get(i + 1)).ifPresent(asked::add);
      } else if (arg.startsWith("--format=")) {
        Format.byId(arg.substring("--format=".length())).ifPresent(asked::add);
      } else if (arg.startsWith("-f") && !arg.startsWith("--")) {
        Format.byId(arg.substring(2)).ifPresent(asked::add);
      }
    }
    return asked.size() == 1 ? Optional.of(asked.get(0)) : Optional.empty();
  }

  @Test
  void randomArgumentsNeverBreakConvo() {
    Random random = new Random(SEED);
    List<Tree> trees = trees();
    int[] byCode = new int[4];
    int parsedJson = 0;
    for (int n = 0; n < CASES; n++) {
      List<String> args = vector(random);
      String shown = describe(args);
      Outcome outcome;
      try {
        outcome = (n % 100 == 99 ? trees() : trees).get(random.nextInt(trees.size())).run(args);
      } catch (RuntimeException | Error e) {
        throw new AssertionError("case " + n + " " + shown + " threw", e);
      }
      assertThat(outcome.code()).as("case %d %s: %s", n, shown, outcome.err())
          .isIn(ExitCode.OK, ExitCode.NO_MATCH, ExitCode.USAGE);
      byCode[outcome.code()]++;
      boolean usage = outcome.err().startsWith("Usage: convo");
      if (usage) {
        assertThat(outcome.code()).as("case %d %s", n, shown).isEqualTo(ExitCode.USAGE);
      } else {
        assertThat(outcome.err().lines().count()).as("case %d %s: %s", n, shown, outcome.err())
            .isLessThanOrEqualTo(MAX_ERROR_LINES);
        assertThat(outcome.err().length()).as("case %d %s", n, shown).isLessThan(2000);
      }
      assertThat(outcome.err()).as("case %d %s", n, shown).doesNotContain("\tat ", "\u001b", "\u0000");
      for (String wording : PICOCLI_WORDING) {
        assertThat(outcome.err()).as("case %d %s: picocli's words", n, shown).doesNotContain(wording);
      }
      if (outcome.code() == ExitCode.USAGE) {
        assertThat(outcome.out().length).as("case %d %s: usage errors print nothing, not %s", n, shown,
            excerpt(outcome.text())).isZero();
      }
      boolean colour = args.contains("always") || outcome.text().contains("\u001b[0m");
      assertThat(HostileCorpus.firstUnsafeByte(outcome.out(), colour))
          .as("case %d %s: raw control in output", n, shown).isEqualTo(-1);
      Optional<Format> format = requested(args);
      if (outcome.code() != ExitCode.USAGE && outcome.out().length > 0 && !args.contains("--help")
          && !args.contains("-h") && !args.contains("--version") && !args.contains("-V") && format.isPresent()) {
        parsedJson += assertValid(format.get(), outcome.text(), n, shown);
      }
    }
    assertThat(byCode[ExitCode.OK]).as("cases that printed results").isGreaterThan(CASES / 20);
    assertThat(byCode[ExitCode.NO_MATCH]).as("cases that matched nothing").isPositive();
    assertThat(byCode[ExitCode.USAGE]).as("cases that were usage errors").isGreaterThan(CASES / 2);
    assertThat(parsedJson).as("JSON outputs parsed").isGreaterThan(20);
  }

  private static int assertValid(Format format, String text, int n, String shown) {
    try {
      switch (format) {
        case JSON -> {
          JsonParser.parseString(text);
          return 1;
        }
        case JSONL -> {
          text.lines().forEach(line -> assertThat(JsonParser.parseString(line).isJsonObject())
              .as("case %d %s: a JSON Lines record", n, shown).isTrue());
          return 1;
        }
        case TSV -> {
          long columns = text.lines().findFirst().orElseThrow().split("\t", -1).length;
          text.lines().forEach(line -> assertThat(line.split("\t", -1).length)
              .as("case %d %s: TSV columns", n, shown).isEqualTo(columns));
          return 0;
        }
        default -> {
          assertThat(text).as("case %d %s: ends its last line", n, shown).endsWith("\n");
          return 0;
        }
      }
    } catch (JsonParseException e) {
      return fail("case " + n + " " + shown + ": not " + format.id() + ": " + e.getMessage() + "\n"
          + excerpt(text));
    }
  }

  private static String excerpt(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static String describe(List<String> args) {
    List<String> shown = new ArrayList<>();
    for (String arg : args) {
      String escaped = arg.length() > 40 ? arg.substring(0, 40) + "…(" + arg.length() + ")" : arg;
      StringBuilder safe = new StringBuilder();
      escaped.codePoints().forEach(cp -> {
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xD800 && cp <= 0xDFFF)) {
          safe.append(String.format("\\u%04x", cp));
        } else {
          safe.appendCodePoint(cp);
        }
      });
      shown.add("'" + safe + "'");
    }
    return shown.toString();
  }
}
