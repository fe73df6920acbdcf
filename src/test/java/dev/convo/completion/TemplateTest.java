package dev.convo.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {
  private final Template template = new Template("t", "f_{{name}}() {\n  case $1 in\n    {{cases}}\n  esac\n}\n");

  @Test
  void aPlaceholderAloneOnItsLineTakesLinesIndentedAsItIs() {
    assertThat(template.fill(Map.of("name", List.of("convo"), "cases", List.of("a) x ;;", "", "b)", "  y ;;"))))
        .isEqualTo("f_convo() {\n  case $1 in\n    a) x ;;\n\n    b)\n      y ;;\n  esac\n}\n");
  }

  @Test
  void anEmptyBlockRemovesItsLine() {
    assertThat(template.fill(Map.of("name", List.of("c"), "cases", List.of())))
        .isEqualTo("f_c() {\n  case $1 in\n  esac\n}\n");
  }

  @Test
  void aPlaceholderWithoutAValueOrAValueWithoutAPlaceholderIsAnError() {
    assertThatThrownBy(() -> template.fill(Map.of("name", List.of("c"))))
        .hasMessage("t: nothing given for {{cases}}");
    assertThatThrownBy(() -> template.fill(Map.of("name", List.of("c"), "cases", List.of(), "more", List.of())))
        .hasMessage("t has no place for [more]");
  }

  @Test
  void aPlaceholderInsideALineTakesExactlyOneLine() {
    assertThatThrownBy(() -> template.fill(Map.of("name", List.of("a", "b"), "cases", List.of())))
        .hasMessage("t: {{name}} stands inside a line but was given 2 lines");
    assertThatThrownBy(() -> template.fill(Map.of("name", List.of("c"), "cases", List.of("a\nb"))))
        .hasMessage("t: a line given for {{cases}} holds a line break");
  }

  @Test
  void everyScriptTemplateLoadsFromTheClassPath() {
    for (String name : List.of("convo.bash.template", "convo.zsh.template", "convo.fish.template",
        "zsh-command.template", "zsh-command-with-subcommands.template")) {
      assertThat(Template.load(name)).isNotNull();
    }
    assertThatThrownBy(() -> Template.load("missing.template")).hasMessage("no template missing.template");
  }
}
