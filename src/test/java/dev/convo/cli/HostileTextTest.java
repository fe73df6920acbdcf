package dev.convo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus may come from anyone: escape sequences and bidi overrides in it never reach the terminal raw. */
class HostileTextTest {
  private static final String ORIGINAL = "那么，GPT-5 什么时候出来？";
  private static final String HOSTILE = "那么，\u001b[31mGPT-5\u202e 什么\u0085时候\t出来？";

  @TempDir Path dir;
  private String corpus;

  @BeforeEach
  void writeCorpus() throws IOException {
    // Without the curated quotes: one of them is the very text replaced, at offsets that would no longer fit.
    JsonObject bundled = JsonParser.parseString(Files.readString(Path.of("data/corpus.json"), StandardCharsets.UTF_8))
        .getAsJsonObject();
    JsonArray keyQuotes = new JsonArray();
    for (var quote : bundled.getAsJsonArray("quotes")) {
      if (!quote.getAsJsonObject().get("origin").getAsString().equals("curated")) {
        keyQuotes.add(quote);
      }
    }
    bundled.add("quotes", keyQuotes);
    String json = bundled.toString()
        .replace("\"" + ORIGINAL + "\"", "\"那么，\\u001b[31mGPT-5\\u202e 什么\\u0085时候\\t出来？\"");
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    corpus = file.toString();
  }

  private Run.Result show(String format) {
    return Run.terminal().run("show", "7:1", "--corpus", corpus, "--format", format, "--color", "never");
  }

  @Test
  void humanFormatsShowEscapes() {
    assertThat(show("plain").out()).isEqualTo("7:1 Lex: 那么，\\x1b[31mGPT-5\\u202e 什么\\x85时候\t出来？\n");
    assertThat(show("text").out()).contains("7:1 Lex  那么，\\x1b[31mGPT-5\\u202e 什么\\x85时候 出来？");
    assertThat(show("markdown").out()).contains("**Lex Fridman：** 那么，\\\\x1b\\[31mGPT-5\\\\u202e 什么");
  }

  @Test
  void tsvEscapesTabsAndControls() {
    assertThat(show("tsv").out().lines().skip(1).findFirst().orElseThrow())
        .endsWith("\t那么，\\x1b[31mGPT-5\\u202e 什么\\x85时候\\t出来？");
  }

  @Test
  void noFormatButJsonLetsARawControlCharacterThrough() {
    for (String format : new String[] {"text", "plain", "tsv", "markdown", "json", "jsonl"}) {
      String out = show(format).out();
      assertThat(out).as(format).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u0085");
    }
  }

  @Test
  void jsonKeepsTheExactText() {
    String text = JsonParser.parseString(show("jsonl").out()).getAsJsonObject().get("text").getAsString();
    assertThat(text).isEqualTo(HOSTILE);
  }

  @Test
  void searchResultsAreEscapedToo() {
    Run.Result result = Run.pipe().run("search", "31m", "--corpus", corpus);
    assertThat(result.out()).doesNotContain("\u001b").contains("\\x1b[31m");
  }
}
