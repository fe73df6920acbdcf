package dev.convo.completion;

import dev.convo.TestTree;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The scripts in completions/ are exactly what the current command tree generates. */
class CompletionScriptsTest {
  static final String REGENERATE = "mvn -q package -DskipTests && for s in bash zsh fish; do"
      + " java -jar target/convo.jar completion $s > completions/convo.$s; done";

  @ParameterizedTest
  @EnumSource(CompletionCommand.Shell.class)
  void checkedInScriptIsAFreshGeneration(CompletionCommand.Shell shell) throws IOException {
    Path file = Path.of("completions", "convo." + shell);
    String generated = generate(shell.name());

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s differs from what `convo completion %s` generates from the current command tree"
            + " (a command, an option or the corpus changed); regenerate the scripts with:%n  %s%n",
            file, shell, REGENERATE)
        .isEqualTo(generated);
  }

  static String generate(String shell) {
    return TestTree.output("completion", shell);
  }
}
