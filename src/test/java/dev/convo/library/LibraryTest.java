package dev.convo.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.convo.Child;
import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.ingest.AtomicFile;
import dev.convo.ingest.Ingest;
import dev.convo.query.Conversation;
import dev.convo.query.Search;
import dev.convo.query.SearchQuery;
import dev.convo.text.Env;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's store: add, list, show, remove, its names, its lock and its search indexes. */
class LibraryTest {
  private static final Path TRANSCRIPTS = Path.of("src/test/resources/transcripts");
  private static final Path KETTLE = TRANSCRIPTS.resolve("kettle.podcast.md");
  private static final Path GARDEN = TRANSCRIPTS.resolve("garden.en.md");
  private static final Path TEA = TRANSCRIPTS.resolve("tea.zh.md");

  @TempDir Path home;

  private Library library() {
    return new Library(home.resolve("library"));
  }

  private List<String> files() throws Exception {
    if (!Files.isDirectory(library().directory())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(library().directory())) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theLibraryLivesUnderXdgDataHomeOrElseHome() throws Exception {
    Env xdg = Env.fixed(Map.of("XDG_DATA_HOME", "/data", "HOME", "/home/u"), false, 80, 24, null, null);
    assertThat(Library.of(xdg).directory()).isEqualTo(Path.of("/data/convo/library"));
    Env relative = Env.fixed(Map.of("XDG_DATA_HOME", "data", "HOME", "/home/u"), false, 80, 24, null, null);
    assertThat(Library.of(relative).directory()).isEqualTo(Path.of("/home/u/.local/share/convo/library"));
    Env none = Env.fixed(Map.<String, String>of(), false, 80, 24, null, null);
    assertThatThrownBy(() -> Library.of(none)).hasMessage("no library: neither XDG_DATA_HOME nor HOME is set");
  }

  @Test
  void aTranscriptIsIngestedStoredAndIndexed() throws Exception {
    Conversation added = library().add(KETTLE, null, null);
    assertThat(added).isEqualTo(new Conversation("the-kettle-podcast-episode-12", "The Kettle Podcast, Episode 12",
        "en", List.of("Ana Ruiz", "Ben Okafor"), 2, 5, 0, false));
    assertThat(files()).containsExactly(".catalog", ".lock", "the-kettle-podcast-episode-12.index",
        "the-kettle-podcast-episode-12.json");
    assertThat(library().corpus("the-kettle-podcast-episode-12"))
        .isEqualTo(Ingest.extract(KETTLE, null, null));
    assertThat(library().show("the-kettle-podcast-episode-12")).isEqualTo(added);
  }

  @Test
  void aCorpusFileIsCheckedAndTakenAsItIs() throws Exception {
    Path json = home.resolve("tea.json");
    AtomicFile.write(Ingest.extract(TEA, null, null), json);
    Conversation added = library().add(json, "tea", null);
    assertThat(added.name()).isEqualTo("tea");
    assertThat(library().corpus("tea")).isEqualTo(Ingest.extract(TEA, null, null));
    Path broken = Files.writeString(home.resolve("broken.json"), "{\"schema\": 1}");
    assertThatThrownBy(() -> library().add(broken, null, null))
        .isInstanceOf(LibraryException.class)
        .hasMessage(broken + ": missing required field 'metadata', at $");
  }

  @Test
  void namesAreLowerCaseSlugsAndTheBundledOneIsTaken() throws Exception {
    assertThatThrownBy(() -> library().add(KETTLE, "Kettle", null)).hasMessage("'Kettle' is not a conversation"
        + " name: a lower-case letter or digit, then up to 63 lower-case letters, digits or hyphens");
    assertThatThrownBy(() -> library().add(KETTLE, "../kettle", null)).hasMessageStartingWith("'../kettle' is not");
    assertThatThrownBy(() -> library().add(KETTLE, "altman-2024", null))
        .hasMessage("'altman-2024' is the bundled interview's name; choose another with --name");
    assertThat(Names.derive("关于 Sora 的对话", Path.of("x.md"))).isEqualTo("关于-sora-的对话");
    assertThat(Names.derive("A".repeat(41), Path.of("My Show.ep1.vtt"))).isEqualTo("my-show");
    assertThat(Names.derive("", Path.of("---.md"))).isNull();
    assertThat(files()).doesNotContain("kettle.json");
  }

  @Test
  void aFailedAddChangesNothing() throws Exception {
    library().add(KETTLE, "kettle", null);
    List<String> before = files();
    byte[] stored = Files.readAllBytes(library().directory().resolve("kettle.json"));
    assertThatThrownBy(() -> library().add(GARDEN, "kettle", null))
        .hasMessage("'kettle' is already in the library; remove it first, or choose another name with --name");
    Path bad = Files.writeString(home.resolve("bad.txt"), "Mia: Hello.\nTom:\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> library().add(bad, "bad", null)).hasMessage(bad + ":2: speaker label 'Tom' has no text");
    assertThat(files()).isEqualTo(before);
    assertThat(Files.readAllBytes(library().directory().resolve("kettle.json"))).isEqualTo(stored);
  }

  @Test
  void twoAddsAtOnceBothLandOrOneFailsCleanly() throws Exception {
    for (int round = 0; round < 5; round++) {
      CompletableFuture<String> kettle = Child.inThreadOfItsOwn(() -> attempt(KETTLE, "kettle-0"));
      CompletableFuture<String> garden = Child.inThreadOfItsOwn(() -> attempt(GARDEN, "garden"));
      CompletableFuture<String> again = Child.inThreadOfItsOwn(() -> attempt(TEA, "garden"));
      assertThat(kettle.get()).isEqualTo("added");
      assertThat(List.of(garden.get(), again.get())).containsExactlyInAnyOrder("added",
          "'garden' is already in the library; remove it first, or choose another name with --name");
      assertThat(library().list()).extracting(Conversation::name).containsExactly("altman-2024", "garden", "kettle-0");
      assertThat(files()).allMatch(f -> !f.endsWith(".tmp"));
      library().remove("garden");
      library().remove("kettle-0");
    }
  }

  private String attempt(Path file, String name) {
    try {
      library().add(file, name, null);
      return "added";
    } catch (LibraryException e) {
      return e.getMessage();
    }
  }

  @Test
  void listShowsEveryConversationTheBundledOneFirst() throws Exception {
    library().add(KETTLE, "kettle", null);
    library().add(TEA, "tea", null);
    Corpus bundled = BundledCorpus.get();
    assertThat(library().list()).containsExactly(
        new Conversation("altman-2024", bundled.metadata().title(), "zh-Hans", List.of("Lex Fridman", "Sam Altman"),
            bundled.sections().size(), bundled.turns().size(), bundled.quotes().size(), true),
        library().show("kettle"), library().show("tea"));
    assertThat(library().show("tea").turns()).isEqualTo(Ingest.extract(TEA, null, null).turns().size());
  }

  @Test
  void removeTakesTheCorpusAndItsIndexButNeverTheBundledOne() throws Exception {
    library().add(KETTLE, "kettle", null);
    library().remove("kettle");
    assertThat(files()).containsExactly(".catalog", ".lock");
    assertThatThrownBy(() -> library().remove("kettle")).hasMessage("no conversation named 'kettle' in the library");
    assertThatThrownBy(() -> library().remove("altman-2024"))
        .hasMessage("'altman-2024' is the bundled interview, which cannot be removed");
    assertThatThrownBy(() -> library().show("nope")).hasMessage("no conversation named 'nope' in the library");
  }

  @Test
  void aHostileLibraryFileIsOneLineNamingIt() throws Exception {
    Files.createDirectories(library().directory());
    Path hostile = Files.writeString(library().directory().resolve("evil.json"), "{\"schema\": 1, \"x\": [[[[[[");
    assertThatThrownBy(() -> library().show("evil")).isInstanceOf(LibraryException.class)
        .hasMessage(hostile + ": truncated JSON, at $.x[0][0][0][0][0][0] (line 1:26)");
    assertThatThrownBy(() -> library().list())
        .hasMessage(hostile + ": truncated JSON, at $.x[0][0][0][0][0][0] (line 1:26)");
    Files.writeString(library().directory().resolve("Not A Name.json"), "junk");
    Files.delete(hostile);
    assertThat(library().list()).extracting(Conversation::name).containsExactly("altman-2024");
  }

  @Test
  void theCatalogIsMadeAgainWhenItNoLongerMatchesTheLibrary() throws Exception {
    library().add(KETTLE, "kettle", null);
    library().add(TEA, "tea", null);
    Path catalog = library().directory().resolve(".catalog");
    byte[] written = Files.readAllBytes(catalog);
    Files.write(catalog, new byte[] {1, 2, 3});
    assertThat(library().list()).extracting(Conversation::name).containsExactly("altman-2024", "kettle", "tea");
    assertThat(Files.readAllBytes(catalog)).isEqualTo(written);
    Files.delete(library().directory().resolve("kettle.json"));
    assertThat(library().names()).containsExactly("altman-2024", "tea");
    assertThatThrownBy(() -> library().quoteCount("kettle")).hasMessage("no conversation named 'kettle' in the library");
    Library other = new Library(library().directory());
    assertThat(other.names()).containsExactly("altman-2024", "tea");
    library().add(GARDEN, "garden", null);
    assertThat(other.names()).as("as this instance read it").containsExactly("altman-2024", "tea");
    assertThat(new Library(library().directory()).names()).containsExactly("altman-2024", "garden", "tea");
    AtomicFile.write(Ingest.extract(GARDEN, null, null), library().directory().resolve("tea.json"));
    assertThat(library().show("tea").title()).isEqualTo(Ingest.extract(GARDEN, null, null).metadata().title());
    assertThat(library().quoteCount("tea")).isEqualTo(Ingest.extract(GARDEN, null, null).quotes().size());
  }

  @Test
  void anAddLandsThoughAnotherConversationCannotBeRead() throws Exception {
    library().add(KETTLE, "kettle", null);
    Files.writeString(library().directory().resolve("kettle.json"), "{\"x\": [");
    assertThat(library().add(TEA, "tea", null).name()).isEqualTo("tea");
    assertThat(library().directory().resolve("tea.json")).exists();
    assertThatThrownBy(() -> library().list()).isInstanceOf(LibraryException.class)
        .hasMessageStartingWith(library().directory().resolve("kettle.json").toString());
    library().remove("kettle");
    assertThat(library().names()).containsExactly("altman-2024", "tea");
  }

  @Test
  void anIndexMissingStaleOrDamagedIsRebuilt() throws Exception {
    library().add(KETTLE, "kettle", null);
    Path index = library().directory().resolve("kettle.index");
    Files.delete(index);
    assertThat(found("kettle", "water")).hasSize(3);
    assertThat(index).exists();
    Files.write(index, new byte[] {1, 2, 3});
    assertThat(found("kettle", "water")).hasSize(3);
    assertThat(Files.size(index)).isGreaterThan(3);
    byte[] whole = Files.readAllBytes(index);
    // Cut short anywhere, as an interrupted copy leaves it.
    for (int length = 0; length < whole.length; length += whole.length / 7) {
      Files.write(index, java.util.Arrays.copyOf(whole, length));
      assertThat(found("kettle", "water")).as("cut at %d", length).hasSize(3);
    }
    // Overwritten in the header or the summary, read on opening: what is read there no longer fits
    // together, and the index is made again.
    for (int at : new int[] {0, 8, 24, 40, 64, SearchIndex.HEADER}) {
      byte[] damaged = whole.clone();
      java.util.Arrays.fill(damaged, at, at + 64, (byte) 0x7f);
      Files.write(index, damaged);
      assertThat(found("kettle", "water")).as("damaged at %d", at).hasSize(3);
      assertThat(java.util.Arrays.equals(Files.readAllBytes(index), whole)).as("rebuilt after damage at %d", at)
          .isTrue();
    }
    // Overwritten in the last turn's record, which a search for a word of it reads.
    byte[] damaged = whole.clone();
    java.util.Arrays.fill(damaged, whole.length - 64, whole.length, (byte) 0x7f);
    Files.write(index, damaged);
    assertThat(found("kettle", "stop")).containsExactly("2:3");
    assertThat(java.util.Arrays.equals(Files.readAllBytes(index), whole)).as("rebuilt").isTrue();
    Path json = library().directory().resolve("kettle.json");
    AtomicFile.write(Ingest.extract(TEA, null, null), json);
    assertThat(found("kettle", "water")).isEmpty();
    assertThat(found("kettle", "茶")).isNotEmpty();
    assertThat(library().show("kettle").title()).isEqualTo(Ingest.extract(TEA, null, null).metadata().title());
  }

  private List<String> found(String name, String term) throws Exception {
    Library.Candidates candidates = library().candidates(name, SearchQuery.parse(List.of(term), false));
    return new Search(candidates.corpus(), candidates.totals()).run(SearchQuery.parse(List.of(term), false), t -> true)
        .stream().map(hit -> hit.turn().id()).toList();
  }
}
