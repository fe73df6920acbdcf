package dev.convo.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.Tools;
import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's fzf recipe, as written there, with a real fzf in a real terminal: the turn under the
 * cursor is previewed beside the list, Enter reads the chosen turn, and Escape leaves quietly.
 */
class FzfRecipeIT {
  private static final Corpus CORPUS = BundledCorpus.get();
  private static final Path JAR = Path.of("target/convo.jar").toAbsolutePath();

  @TempDir Path dir;
  private String command;

  /** The recipe's line from the README, run by bash with a {@code convo} on PATH that runs the jar. */
  @BeforeEach
  void recipe() throws Exception {
    Tools.require("tmux");
    Tools.require("fzf");
    Tools.require("bash");
    List<String> recipes = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("convo ") && line.contains("| fzf "))
        .toList();
    assertThat(recipes).as("the README's fzf recipe").hasSize(1);
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path convo = bin.resolve("convo");
    Files.writeString(convo, "#!/bin/sh\nexec '" + System.getProperty("java.home") + "/bin/java' -jar '"
        + JAR + "' \"$@\"\n");
    Files.setPosixFilePermissions(convo, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path script = Files.writeString(dir.resolve("recipe.sh"), recipes.get(0) + "\n");
    command = "env PATH='" + bin + "':\"$PATH\" SHELL=/bin/bash PAGER=cat bash '" + script + "'";
  }

  private static String listed() {
    return CORPUS.turns().size() + "/" + CORPUS.turns().size();
  }

  @Test
  void cancellingPrintsNothingAndExitsCleanly() throws Exception {
    try (Tmux tmux = Tmux.start(dir, 120, 30, command)) {
      tmux.await("fzf listing every turn", s -> s.contains(listed()));
      tmux.keys("Escape");
      String screen = tmux.await("the recipe to end", s -> s.contains("[exit "));
      assertThat(screen.strip()).isEqualTo("[exit 0]");
    }
  }

  @Test
  void theTurnUnderTheCursorIsPreviewedAndEnterReadsIt() throws Exception {
    Turn turn = CORPUS.turn("8:8").orElseThrow();
    String opening = turn.paragraphs().get(0).substring(0, 10);
    try (Tmux tmux = Tmux.start(dir, 120, 30, command)) {
      tmux.await("fzf listing every turn", s -> s.contains(listed()));
      tmux.type("^8:8 ");
      tmux.await("the turn previewed", s -> s.contains("│ 8:8 Sam  " + opening));
      tmux.keys("Enter");
      String screen = tmux.await("the recipe to end", s -> s.contains("[exit "));
      assertThat(screen).contains("[exit 0]").doesNotContain("convo:");
      assertThat(tmux.scrollback()).containsPattern("(?m)^8:8 Sam  " + opening);
    }
  }
}
