package dev.convo.cli;

import dev.convo.Commands;
import dev.convo.text.Env;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs convo in-process the picocli way, with a fixed environment, and captures what it prints. */
final class Run {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 19);

  record Result(int code, String out, String err) {}

  /** What a fake pager was asked to show. */
  record Paged(String command, String text) {}

  private final Map<String, String> variables = new HashMap<>();
  private boolean terminal;
  private int columns = 80;
  private int rows = 24;
  private LocalDate today = TODAY;
  final List<Paged> paged = new ArrayList<>();

  static Run pipe() {
    return new Run();
  }

  static Run terminal() {
    Run run = new Run();
    run.terminal = true;
    run.variables.put("TERM", "xterm-256color");
    return run;
  }

  Run env(String name, String value) {
    variables.put(name, value);
    return this;
  }

  Run size(int columns, int rows) {
    this.columns = columns;
    this.rows = rows;
    return this;
  }

  Run today(LocalDate day) {
    this.today = day;
    return this;
  }

  Env environment() {
    return Env.fixed(variables, terminal, columns, rows, today, (command, text) -> {
      paged.add(new Paged(command, text));
      return true;
    });
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Commands.cli(new PrintWriter(out), new PrintWriter(err), environment()).execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  static Result exec(String... args) {
    return pipe().run(args);
  }

  /** Golden files live in src/test/resources/golden; -Dgolden.update=true rewrites them. */
  static String golden(String name, String actual) {
    Path file = Path.of("src/test/resources/golden", name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
