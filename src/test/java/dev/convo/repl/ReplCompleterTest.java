package dev.convo.repl;

import dev.convo.Commands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.convo.cli.ConvoCommand;
import dev.convo.completion.Names;
import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.render.Format;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.jline.reader.Candidate;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class ReplCompleterTest {
  private static final Corpus CORPUS = BundledCorpus.get();
  private static final PrintWriter SILENT = new PrintWriter(Writer.nullWriter());
  private static final Session SESSION =
      Fixture.session(SILENT, SILENT, Fixture.terminal(Map.of("TERM", "xterm"), 100, 30));
  private static final ReplCompleter COMPLETER =
      new ReplCompleter(SESSION.tree().getCommandSpec(), new CorpusCandidates(() -> CORPUS, null));

  private static List<Candidate> complete(String line) {
    List<Candidate> candidates = new ArrayList<>();
    COMPLETER.complete(null, new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE),
        candidates);
    return candidates;
  }

  private static List<String> values(String line) {
    return complete(line).stream().map(Candidate::value).toList();
  }

  @Test
  void commandNamesAreTheCliCommandsAndTheReplsWithTheirDescriptions() {
    CommandLine cli = Commands.cli(SILENT, SILENT, Fixture.pipe());
    List<String> expected = new ArrayList<>(cli.getSubcommands().keySet());
    expected.addAll(List.of("open", "next", "n", "prev", "p", "more", "where", "use", "exit", "quit", "help"));
    assertThat(values("")).containsExactlyInAnyOrderElementsOf(expected);
    CommandSpec topic = cli.getSubcommands().get("topic").getCommandSpec();
    assertThat(complete("")).filteredOn(c -> c.value().equals("topic"))
        .extracting(Candidate::descr, Candidate::group, Candidate::complete)
        .containsExactly(tuple(topic.usageMessage().description()[0].strip(), "commands", true));
  }

  @Test
  void aCommandNameThatStartsEveryMatchCompletesAtOnce() {
    assertThat(values("top")).containsExactly("topic");
    assertThat(values("topics")).contains("topics", "topic", "search");
    assertThat(values("q")).contains("quit", "quotes");
  }

  @Test
  void subcommandsOfAGroup() {
    CommandLine quotes = Commands.cli(SILENT, SILENT, Fixture.pipe()).getSubcommands().get("quotes");
    assertThat(complete("quotes "))
        .extracting(Candidate::value, Candidate::descr)
        .containsExactlyInAnyOrderElementsOf(quotes.getSubcommands().entrySet().stream()
            .map(e -> tuple(e.getKey(),
                e.getValue().getCommandSpec().usageMessage().description()[0].strip()))
            .toList());
  }

  @Test
  void optionsWithTheirDescriptionsMergedPerOption() {
    List<Candidate> options = complete("show --");
    assertThat(options).extracting(Candidate::value)
        .contains("--format", "-f", "--json", "--color", "--colour", "--no-pager", "--help");
    assertThat(options).filteredOn(c -> c.value().equals("-f"))
        .extracting(Candidate::key, Candidate::descr, Candidate::complete)
        .containsExactly(tuple("--format", options.stream()
            .filter(c -> c.value().equals("--format")).findFirst().orElseThrow().descr(), false));
    assertThat(options).filteredOn(c -> c.value().equals("--json"))
        .extracting(Candidate::complete).containsExactly(true);
  }

  @Test
  void optionValuesFromTheCommandModel() {
    List<String> formats = Arrays.stream(Format.values()).map(Format::id).toList();
    assertThat(values("show 7 --format ")).containsExactlyElementsOf(formats);
    assertThat(values("show 7 --format=")).containsExactlyElementsOf(
        formats.stream().map(f -> "--format=" + f).toList());
    assertThat(values("stats --color ")).containsExactly("auto", "always", "never");
  }

  @Test
  void speakersWithTheirNames() {
    assertThat(complete("search 算力 --speaker "))
        .extracting(Candidate::value, Candidate::descr)
        .containsExactlyElementsOf(CORPUS.speakers().stream()
            .map(s -> tuple(s.id(), s.name())).toList());
  }

  @Test
  void topicSlugsAndAliasesWithTheChineseTitle() {
    List<Tuple> expected = new ArrayList<>();
    for (Topic topic : CORPUS.topics()) {
      expected.add(tuple(topic.slug(), topic.titleZh()));
      topic.aliases().forEach(alias -> expected.add(tuple(alias, topic.titleZh())));
    }
    assertThat(complete("topic ")).extracting(Candidate::value, Candidate::descr)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(complete("search 算力 --topic ")).extracting(Candidate::value, Candidate::descr)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void sectionIdsWithTheirTitles() {
    assertThat(complete("quotes random --section "))
        .extracting(Candidate::value, Candidate::descr)
        .containsExactlyElementsOf(CORPUS.sections().stream()
            .map(s -> tuple(s.id(), s.title())).toList());
  }

  @Test
  void refsAreSectionsSlugsAndTopics() {
    List<String> refs = values("open ");
    assertThat(refs).containsAll(CORPUS.sections().stream().map(Section::id).toList())
        .containsAll(CORPUS.sections().stream().map(Section::slug).toList())
        .containsAll(CORPUS.topics().stream().map(Topic::slug).toList());
    assertThat(values("show ")).containsExactlyInAnyOrderElementsOf(refs);
  }

  @Test
  void aSectionAndColonCompletesItsTurnsWithTheirFirstWords() {
    Section seven = CORPUS.section("7").orElseThrow();
    List<Tuple> expected = new ArrayList<>();
    for (Turn turn : seven.turns()) {
      Speaker speaker = CORPUS.speaker(turn.speaker()).orElseThrow();
      expected.add(tuple(turn.id(),
          speaker.label() + ": " + Names.gist(turn.paragraphs().get(0))));
    }
    assertThat(complete("open 7:")).extracting(Candidate::value, Candidate::descr)
        .containsExactlyElementsOf(expected);
    assertThat(values("show 7:3-6 7:")).hasSize(seven.turns().size());
    assertThat(values("open 99:")).isEmpty();
  }

  @Test
  void quoteIdsWithTheirFirstWords() {
    assertThat(complete("quotes show ")).extracting(Candidate::value, Candidate::descr)
        .containsExactlyElementsOf(CORPUS.quotes().stream()
            .map(q -> tuple(q.id(), Names.gist(q.text()))).toList());
  }

  @Test
  void theFirstWordsFitTheirColumnsCountingChineseAsTwo() {
    String text = CORPUS.quotes().stream().map(Quote::text)
        .filter(t -> t.length() > Names.GIST_COLUMNS).findFirst().orElseThrow();
    String gist = Names.gist(text);
    assertThat(gist).endsWith("…");
    int columns = gist.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum() - 1;
    assertThat(columns).isLessThanOrEqualTo(Names.GIST_COLUMNS);
    assertThat(text).startsWith(gist.substring(0, gist.length() - 1));
    assertThat(Names.gist("a  short\nline")).isEqualTo("a short line");
  }

  @Test
  void anotherCorpusCompletesItsOwnNames(@TempDir Path dir) {
    String file = dir.resolve("garden.json").toString();
    assertThat(Fixture.cli(Fixture.pipe(), "ingest", "src/test/resources/transcripts/garden.en.md",
        "-o", file).code()).isZero();
    Session garden = Fixture.session(SILENT, SILENT,
        Fixture.terminal(Map.of(ConvoCommand.CORPUS_VARIABLE, file), 100, 30));
    ReplCompleter completer =
        new ReplCompleter(garden.tree().getCommandSpec(), new CorpusCandidates(garden::corpus, null));
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(null, new DefaultParser().parse("open 1:", 7, ParseContext.COMPLETE), candidates);
    assertThat(candidates).extracting(Candidate::value)
        .containsExactlyElementsOf(garden.corpus().section("1").orElseThrow().turns().stream()
            .map(Turn::id).toList());
    assertThat(candidates.get(1).descr()).startsWith(garden.corpus().speakers().get(1).label() + ": ");
  }

  @Test
  void freeTextCompletesNothing() {
    assertThat(values("search ")).isEmpty();
    assertThat(values("search 算力 --limit ")).isEmpty();
  }

  @Test
  void aReferenceMayBeAll() {
    assertThat(complete("show a")).filteredOn(c -> c.value().equals("all"))
        .extracting(Candidate::complete).containsExactly(true);
    assertThat(values("open ")).contains("all");
    assertThat(values("show 7:")).doesNotContain("all");
  }

  @Test
  void aTurnAndSlashCompletesItsSentencesWhereASentenceGoes() {
    List<Quote> sentences = dev.convo.query.Sentences.of(CORPUS.turn("8:8").orElseThrow());
    assertThat(complete("quotes show 8:8/")).extracting(Candidate::value, Candidate::descr)
        .containsExactlyElementsOf(sentences.stream()
            .map(s -> tuple(s.id(), Names.gist(s.text()))).toList());
    assertThat(complete("quotes show 8:")).extracting(Candidate::value, Candidate::complete)
        .containsExactlyElementsOf(CORPUS.section("8").orElseThrow().turns().stream()
            .map(t -> tuple(t.id() + "/", false)).toList());
    assertThat(values("quotes show 99:9/")).isEmpty();
  }

  @Test
  void helpCompletesTheCommandsUnderThoseTyped() {
    CommandSpec quotes = SESSION.tree().getSubcommands().get("quotes").getCommandSpec();
    assertThat(values("help quotes ")).containsExactlyInAnyOrderElementsOf(quotes.subcommands().keySet());
    assertThat(values("help ")).containsExactlyInAnyOrderElementsOf(values(""));
    assertThat(values("help quotes random ")).isEmpty();
    assertThat(values("help nosuch ")).isEmpty();
  }

  @Test
  void conversationsOfTheLibraryCompleteForInAndForLibraryShowAndRemove(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data)
      throws Exception {
    dev.convo.text.Env env = dev.convo.text.Env.fixed(Map.of("XDG_DATA_HOME", data.toString()), false, 80, 24, null, null);
    dev.convo.library.Library.of(env).add(java.nio.file.Path.of("src/test/resources/transcripts/tea.zh.md"), "tea", null);
    ReplCompleter completer = new ReplCompleter(SESSION.tree().getCommandSpec(), new CorpusCandidates(() -> CORPUS, env));
    for (String line : List.of("quotes random --in ", "search 茶 --in ", "library show ", "library remove ")) {
      List<Candidate> candidates = new ArrayList<>();
      completer.complete(null, new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE), candidates);
      assertThat(candidates).as(line).extracting(Candidate::value).containsExactly("altman-2024", "tea");
    }
    assertThat(values("library show ")).isEmpty();
  }

  @Test
  void useCompletesConversationsAndIdsOfAConversationCompleteQualifiedInReadingOrder(@TempDir Path data)
      throws Exception {
    dev.convo.text.Env env = dev.convo.text.Env.fixed(Map.of("XDG_DATA_HOME", data.toString()), false, 80, 24, null, null);
    dev.convo.library.Library library = dev.convo.library.Library.of(env);
    library.add(Path.of("src/test/resources/transcripts/tea.zh.md"), "tea", null);
    Corpus tea = library.corpus("tea");
    ReplCompleter completer = new ReplCompleter(SESSION.tree().getCommandSpec(), new CorpusCandidates(() -> CORPUS, env));
    java.util.function.Function<String, List<String>> offered = line -> {
      List<Candidate> candidates = new ArrayList<>();
      completer.complete(null, new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE), candidates);
      return candidates.stream().map(Candidate::value).toList();
    };
    List<String> turns = tea.turns().stream().map(t -> "tea/" + t.id()).toList();
    Turn quoted = tea.turn(tea.quotes().get(0).turn()).orElseThrow();

    assertThat(offered.apply("use ")).containsExactly("all", "altman-2024", "tea");
    assertThat(offered.apply("show tea/")).containsExactlyElementsOf(turns);
    assertThat(offered.apply("open tea/1:")).containsExactlyElementsOf(turns);
    assertThat(offered.apply("quotes show tea/"))
        .containsExactlyElementsOf(tea.quotes().stream().map(q -> "tea/" + q.id()).toList());
    assertThat(offered.apply("quotes show tea/" + quoted.id() + "/")).containsExactlyElementsOf(
        dev.convo.query.Sentences.of(quoted).stream().map(q -> "tea/" + q.id()).toList()).isNotEmpty();
    assertThat(offered.apply("show altman-2024/")).containsExactlyElementsOf(
        CORPUS.turns().stream().map(t -> "altman-2024/" + t.id()).toList());
    assertThat(offered.apply("show nosuch/")).isEmpty();
    assertThat(offered.apply("show 7:")).containsExactlyElementsOf(
        CORPUS.section("7").orElseThrow().turns().stream().map(Turn::id).toList());
  }

  @Test
  void bareIdsCompleteThoseOfTheConversationInUse(@TempDir Path data) throws Exception {
    dev.convo.text.Env env = dev.convo.text.Env.fixed(Map.of("XDG_DATA_HOME", data.toString()), false, 80, 24, null, null);
    dev.convo.library.Library library = dev.convo.library.Library.of(env);
    library.add(Path.of("src/test/resources/transcripts/tea.zh.md"), "tea", null);
    Corpus tea = library.corpus("tea");
    Session session = Fixture.session(SILENT, SILENT, env);
    ReplCompleter completer = new ReplCompleter(session.tree().getCommandSpec(), new CorpusCandidates(session::corpus, env));
    java.util.function.Function<String, List<String>> offered = line -> {
      List<Candidate> candidates = new ArrayList<>();
      completer.complete(null, new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE), candidates);
      return candidates.stream().map(Candidate::value).toList();
    };
    List<String> bundled = CORPUS.section("1").orElseThrow().turns().stream().map(Turn::id).toList();

    assertThat(offered.apply("show 1:")).containsExactlyElementsOf(bundled);
    assertThat(session.run(List.of("use", "tea"))).isZero();
    assertThat(offered.apply("show 1:")).containsExactlyElementsOf(
        tea.section("1").orElseThrow().turns().stream().map(Turn::id).toList());
    assertThat(session.run(List.of("use", "all"))).isZero();
    assertThat(offered.apply("show 1:")).containsExactlyElementsOf(bundled);
  }
}
