package dev.convo.completion;

import dev.convo.TestTree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Topic;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convo completion}: the scripts' entry point and the names they ask for at TAB time. */
class CompletionCommandTest {
  @TempDir Path work;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TestTree.commandLine(out, err).execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void listsTheConversationsOfTheLibraryAndNoneWithoutOne() {
    java.util.Map<String, String> library = java.util.Map.of("XDG_DATA_HOME", work.toString());
    StringWriter out = new StringWriter();
    assertThat(TestTree.commandLine(out, new StringWriter(), library).execute("library", "add",
        "src/test/resources/transcripts/tea.zh.md", "--name", "tea")).isZero();
    out.getBuffer().setLength(0);
    assertThat(TestTree.commandLine(out, new StringWriter(), library)
        .execute("completion", "--list", "conversation")).isZero();
    assertThat(out.toString().lines().map(l -> l.split("\t")[0]).toList()).containsExactly("altman-2024", "tea");
    assertThat(out.toString()).startsWith("altman-2024\t" + BundledCorpus.get().metadata().title() + "\n");
    assertThat(run("completion", "--list", "conversation")).isEqualTo(new Run(0, "", ""));
  }

  @Test
  void listsForAWordTheIdsOfTheConversationItNamesQualified() {
    java.util.Map<String, String> library = java.util.Map.of("XDG_DATA_HOME", work.toString());
    assertThat(TestTree.commandLine(new StringWriter(), new StringWriter(), library).execute("library", "add",
        "src/test/resources/transcripts/tea.zh.md", "--name", "tea")).isZero();
    java.util.function.Function<String[], List<String>> listed = args -> {
      StringWriter out = new StringWriter();
      assertThat(TestTree.commandLine(out, new StringWriter(), library).execute(args)).isZero();
      return out.toString().lines().map(l -> l.split("\t")[0]).toList();
    };

    assertThat(listed.apply(new String[] {"completion", "--list", "turn", "--word", "tea/"}))
        .containsExactly("tea/1:1", "tea/1:2", "tea/2:1", "tea/2:2");
    assertThat(listed.apply(new String[] {"completion", "--list", "quote", "--word", "tea/"})).containsExactly("tea/q1");
    assertThat(listed.apply(new String[] {"completion", "--list", "sentence", "--word", "tea/"})).isEmpty();
    assertThat(listed.apply(new String[] {"completion", "--list", "turn", "--word", "nosuch/"})).isEmpty();
    assertThat(listed.apply(new String[] {"completion", "--list", "turn", "--word", "7:"}))
        .containsExactlyElementsOf(CorpusNames.turnsOf("7"));
    assertThat(listed.apply(new String[] {"completion", "--list", "section", "--word", "tea/"})).isEmpty();
  }

  @Test
  void listsTopicNamesWithDescriptionsOnePerLine() {
    Run run = run("completion", "--list", "topic");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    Topic first = BundledCorpus.get().topics().get(0);
    assertThat(lines.get(0)).isEqualTo(first.slug() + "\t" + first.title() + " · " + first.titleZh());
    assertThat(lines).allMatch(l -> l.split("\t", -1).length == 2);
    // Every name but those a shell would not take unquoted (the glob q*, the quote in d'angelo);
    // their slugs stand in.
    List<String> typable = CorpusNames.topicsStartingWith("").stream()
        .filter(n -> !n.equals("q*") && !n.equals("d'angelo")).toList();
    assertThat(lines.stream().map(l -> l.split("\t")[0]).toList())
        .containsExactlyElementsOf(typable)
        .contains("q-star");
  }

  @Test
  void listsTheNamesOfTheCorpusGivenWithCorpus() throws IOException {
    Path other = OtherCorpus.write(work);
    Run run = run("completion", "--corpus", other.toString(), "--list", "topic");

    assertThat(run.status()).isZero();
    assertThat(run.out().lines().map(l -> l.split("\t")[0]).toList())
        .containsExactlyElementsOf(OtherCorpus.TOPIC_NAMES);
  }

  @Test
  void aMissingCorpusIsOneLineOnStandardError() {
    Run run = run("completion", "--corpus", work.resolve("missing.json").toString(), "--list", "quote");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("convo: ").contains("missing.json").hasLineCount(1);
  }

  @Test
  void listsEveryTurnAndSentenceWithItsFirstWords() {
    Run turns = run("completion", "--list", "turn");
    Run sentences = run("completion", "--list", "sentence");

    assertThat(turns.status()).isZero();
    assertThat(turns.out().lines().map(l -> l.split("\t")[0]).toList())
        .containsExactlyElementsOf(BundledCorpus.get().turns().stream().map(t -> t.id()).toList());
    assertThat(turns.out()).contains("7:1\tLex: 那么，GPT-5 什么时候出来？\n");
    assertThat(sentences.out().lines().map(l -> l.split("\t")[0]).toList())
        .containsSequence(CorpusNames.sentencesOf("8:8"))
        .hasSize(dev.convo.query.Sentences.of(BundledCorpus.get()).size());
  }

  @Test
  void anUnknownListIsAUsageErrorNamingTheLists() {
    Run run = run("completion", "--list", "turns");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith(
        "convo: unknown list 'turns' (expected section, topic, quote, speaker, turn, sentence, conversation)");
  }

  @Test
  void withoutAShellItSaysWhichAreKnown() {
    Run run = run("completion");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("convo: ").contains("SHELL");
  }

  @Test
  void anUnknownShellIsAUsageError() {
    Run run = run("completion", "tcsh");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("convo: ").contains("tcsh").contains("bash, zsh or fish");
  }
}
