package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The machine formats parse, and every record carries the fields the README documents. */
class JsonRecordsTest {
  private static final Set<String> TYPES = Set.of("turn", "quote", "section", "topic", "stat");
  private static final List<String> TEXT_FIELDS =
      List.of("section", "sectionTitle", "speaker", "speakerName", "text");

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(List.of("quotes", "random", "--seed", "1", "-n", "3"), 3),
        Arguments.of(List.of("quotes", "random", "--any", "--seed", "1", "-n", "2"), 2),
        Arguments.of(List.of("quotes", "list"), 249),
        Arguments.of(List.of("quotes", "list", "--editors"), 9),
        Arguments.of(List.of("quotes", "show", "q7", "--context"), 2),
        Arguments.of(List.of("topic", "gpt-5"), 1 + 17 + 43),
        Arguments.of(List.of("topics"), 49),
        Arguments.of(List.of("sections"), 13),
        Arguments.of(List.of("show", "7"), 20),
        Arguments.of(List.of("show", "all"), 377),
        Arguments.of(List.of("search", "GPT"), -1),
        Arguments.of(List.of("stats"), 1 + 2 + 13 + 26));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void jsonlIsOneDocumentedRecordPerLine(List<String> command, int expected) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--format", "jsonl"));
    Run.Result result = Run.exec(args.toArray(String[]::new));
    assertThat(result.code()).isZero();
    List<JsonObject> records = result.out().lines()
        .map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    if (expected >= 0) {
      assertThat(records).hasSize(expected);
    } else {
      assertThat(records).isNotEmpty();
    }
    records.forEach(JsonRecordsTest::checkFields);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void jsonIsTheSameRecordsAsOneArray(List<String> command, int expected) {
    List<String> json = new ArrayList<>(command);
    json.add("--json");
    List<String> jsonl = new ArrayList<>(command);
    jsonl.addAll(List.of("--format", "jsonl"));
    JsonElement parsed = JsonParser.parseString(Run.exec(json.toArray(String[]::new)).out());
    JsonArray array = parsed.getAsJsonArray();
    List<JsonElement> lines = Run.exec(jsonl.toArray(String[]::new)).out().lines()
        .map(JsonParser::parseString).toList();
    assertThat(array.asList()).isEqualTo(lines);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void tsvHasAHeaderAndTheSameNumberOfFieldsOnEveryLine(List<String> command, int expected) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--format", "tsv"));
    List<String> lines = Run.exec(args.toArray(String[]::new)).out().lines().toList();
    int columns = lines.get(0).split("\t", -1).length;
    assertThat(lines.get(0)).contains("id");
    assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(columns));
    if (expected >= 0) {
      assertThat(lines).hasSize(expected + (command.get(0).equals("topic") ? 0 : 1));
    }
  }

  private static void checkFields(JsonObject record) {
    String type = record.get("type").getAsString();
    assertThat(TYPES).contains(type);
    assertThat(record.get("id").getAsString()).isNotBlank();
    if (type.equals("turn") || type.equals("quote")) {
      for (String field : TEXT_FIELDS) {
        assertThat(record.get(field).getAsString()).as(type + "." + field).isNotBlank();
      }
      assertThat(record.get("speaker").getAsString()).isIn("lex", "sam");
      assertThat(record.get("speakerName").getAsString()).isIn("Lex Fridman", "Sam Altman");
    }
    if (type.equals("quote")) {
      assertThat(record.has("origin")).isTrue();
      if (!record.get("origin").isJsonNull()) {
        assertThat(record.get("origin").getAsString()).isIn("bold", "editor", "curated");
      }
      assertThat(record.get("topics").isJsonArray()).isTrue();
    }
    if (type.equals("topic")) {
      assertThat(record.get("names").isJsonArray()).isTrue();
    }
    if (type.equals("turn")) {
      String joined = String.join("\n", record.getAsJsonArray("paragraphs").asList().stream()
          .map(JsonElement::getAsString).toList());
      assertThat(record.get("text").getAsString()).isEqualTo(joined);
    }
  }
}
