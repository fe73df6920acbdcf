package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a {@code --corpus} file can be broken gives exactly one line,
 * {@code convo: FILE: what, at WHERE}, exit status 2 and nothing on standard output, through the
 * option and through {@code CONVO_CORPUS} alike.
 */
class MalformedCorpusTest {
  @TempDir Path dir;

  /** The bundled corpus with only its key quotes, so that an edited turn leaves no quote stale. */
  private static JsonObject bundled() throws IOException {
    JsonObject corpus = JsonParser.parseString(Files.readString(Path.of("data/corpus.json"), StandardCharsets.UTF_8))
        .getAsJsonObject();
    JsonArray keyQuotes = new JsonArray();
    for (var quote : corpus.getAsJsonArray("quotes")) {
      if (!quote.getAsJsonObject().get("origin").getAsString().equals("curated")) {
        keyQuotes.add(quote);
      }
    }
    corpus.add("quotes", keyQuotes);
    return corpus;
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path edited(String name, Consumer<JsonObject> edit) throws IOException {
    JsonObject corpus = bundled();
    edit.accept(corpus);
    return file(name, corpus.toString());
  }

  private static JsonObject section(JsonObject corpus, int i) {
    return corpus.getAsJsonArray("sections").get(i).getAsJsonObject();
  }

  private static JsonObject turn(JsonObject corpus, int section, int turn) {
    return section(corpus, section).getAsJsonArray("turns").get(turn).getAsJsonObject();
  }

  private static JsonObject quote(JsonObject corpus, int i) {
    return corpus.getAsJsonArray("quotes").get(i).getAsJsonObject();
  }

  /** Runs a reading command on {@code file} both ways and returns the one error line. */
  private static String rejected(Path file) {
    Run.Result viaOption = Run.exec("show", "7:1", "--corpus", file.toString());
    Run.Result viaVariable = Run.pipe().env(ConvoCommand.CORPUS_VARIABLE, file.toString()).run("sections");
    for (Run.Result result : new Run.Result[] {viaOption, viaVariable}) {
      assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.USAGE);
      assertThat(result.out()).isEmpty();
      assertThat(result.err().lines()).as(result.err()).hasSize(1);
      assertThat(result.err())
          .startsWith("convo: " + file + ": ")
          .matches("(?s)convo: .+, at (\\$\\S*( \\(line \\d+:\\d+\\))?|line \\d+:\\d+)\n")
          .doesNotContain("\tat ", "Exception");
    }
    assertThat(viaVariable.err()).isEqualTo(viaOption.err());
    return viaOption.err().substring(("convo: " + file + ": ").length()).stripTrailing();
  }

  @Test
  void empty() throws IOException {
    assertThat(rejected(file("empty.json", ""))).isEqualTo("empty file, at line 1:1");
    assertThat(rejected(file("blank.json", " \n\n"))).isEqualTo("empty file, at line 1:1");
  }

  @Test
  void notJson() throws IOException {
    assertThat(rejected(file("text.json", "schema: 1\n"))).isEqualTo("not valid JSON, at $ (line 1:1)");
    assertThat(rejected(file("trailing.json", bundled() + " }")))
        .matches("not valid JSON, at \\$ \\(line 1:\\d+\\)");
  }

  @Test
  void truncated() throws IOException {
    String json = bundled().toString();
    // Cut after a comma, between values: a cut inside a token would be invalid rather than truncated.
    assertThat(rejected(file("truncated.json", json.substring(0, json.lastIndexOf(',', json.length() / 3) + 1))))
        .matches("truncated JSON, at \\$\\.sections\\[\\d+\\]\\S* \\(line 1:\\d+\\)");
  }

  @Test
  void wrongTopLevelType() throws IOException {
    assertThat(rejected(file("array.json", "[" + bundled() + "]")))
        .isEqualTo("expected an object but found an array, at $");
    assertThat(rejected(file("string.json", "\"corpus\""))).isEqualTo("expected an object but found a string, at $");
  }

  @Test
  void missingRequiredField() throws IOException {
    assertThat(rejected(edited("no-title.json", c -> section(c, 3).remove("title"))))
        .isEqualTo("missing required field 'title', at $.sections[3]");
    assertThat(rejected(edited("no-quotes.json", c -> c.remove("quotes"))))
        .isEqualTo("missing required field 'quotes', at $");
  }

  @Test
  void wrongFieldTypes() throws IOException {
    assertThat(rejected(edited("number.json", c -> quote(c, 2).addProperty("start", "0"))))
        .isEqualTo("expected a number but found a string, at $.quotes[2].start");
    assertThat(rejected(edited("paragraphs.json", c -> turn(c, 1, 0).addProperty("paragraphs", "text"))))
        .isEqualTo("expected an array but found a string, at $.sections[1].turns[0].paragraphs");
    assertThat(rejected(edited("fraction.json", c -> c.addProperty("schema", 1.5))))
        .isEqualTo("expected a whole number but found 1.5, at $.schema");
  }

  @Test
  void duplicateIds() throws IOException {
    assertThat(rejected(edited("sections.json", c -> section(c, 2).addProperty("id", "1"))))
        .startsWith("duplicate section id '1', at $.sections[2].id");
    assertThat(rejected(edited("quotes.json", c -> quote(c, 4).addProperty("id", "q1"))))
        .isEqualTo("duplicate quote id 'q1', at $.quotes[4].id");
    assertThat(rejected(edited("speakers.json", c -> c.getAsJsonObject("metadata")
        .getAsJsonArray("speakers").get(1).getAsJsonObject().addProperty("id", "lex"))))
        .isEqualTo("duplicate speaker id 'lex', at $.metadata.speakers[1].id");
  }

  @Test
  void aTurnInASectionThatDoesNotExist() throws IOException {
    assertThat(rejected(edited("turn.json", c -> turn(c, 0, 0).addProperty("id", "99:1"))))
        .isEqualTo("turn id '99:1' should be '1:1', at $.sections[0].turns[0].id");
    assertThat(rejected(edited("topic.json", c -> c.getAsJsonArray("topics").get(0).getAsJsonObject()
        .getAsJsonArray("sections").set(0, new JsonPrimitive("99")))))
        .isEqualTo("topic refers to unknown section '99', at $.topics[0].sections[0]");
  }

  @Test
  void aQuoteAtATurnThatDoesNotExist() throws IOException {
    assertThat(rejected(edited("quote.json", c -> quote(c, 0).addProperty("turn", "1:999"))))
        .isEqualTo("quote refers to unknown turn '1:999', at $.quotes[0].turn");
  }

  @Test
  void invalidUtf8() throws IOException {
    byte[] json = bundled().toString().getBytes(StandardCharsets.UTF_8);
    int at = 200;
    json[at] = (byte) 0xFF;
    assertThat(rejected(file("latin1.json", json))).isEqualTo("invalid UTF-8 (byte 0xff), at line 1:" + (at + 1));
  }

  @Test
  void aDirectory() {
    assertThat(rejected(dir)).isEqualTo("is a directory, not a corpus file, at $");
  }

  @Test
  void aPathThroughAFile() throws IOException {
    // JDK 17 reports this as ENOTDIR, JDK 25 as a missing file: the message must not depend on it.
    Path file = file("plain.json", "{}");
    assertThat(rejected(file.resolve("corpus.json"))).isEqualTo("cannot be opened (Not a directory), at $");
  }

  @Test
  void aFileThatFailsWhenRead() {
    // Reading this process's memory at address 0 fails with EIO even for root: an unreadable file
    // that needs no permissions to set up.
    Path memory = Path.of("/proc/self/mem");
    Assumptions.assumeTrue(Files.exists(memory), "a Linux /proc");
    assertThat(rejected(memory)).isEqualTo("cannot be read (Input/output error), at $");
  }

  @Test
  void aHundredMegabytesFailsOnItsSizeAlone() throws IOException {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
      sparse.setLength(100L * 1000 * 1000);
    }
    assertThat(rejected(big)).isEqualTo(
        "too large (100000000 bytes; a corpus may have at most 64 MiB), at $");
  }

  @Test
  void noSuchFile() {
    assertThat(rejected(dir.resolve("missing.json"))).isEqualTo("no such file, at $");
  }

  @Test
  void aValidCorpusWithTheSameEditsIsAccepted() throws IOException {
    Path file = edited("fine.json", c -> {
      JsonArray paragraphs = turn(c, 7, 0).getAsJsonArray("paragraphs");
      paragraphs.set(0, new JsonPrimitive("那么，GPT-6 什么时候出来？"));
    });
    Run.Result result = Run.exec("show", "7:1", "--corpus", file.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("7:1 Lex: 那么，GPT-6 什么时候出来？\n");
  }
}
