package dev.convo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.Section;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counts speaker labels in the raw source with a deliberately simple line pattern, independent of
 * the parser, and holds the corpus to exactly those counts.
 */
class SourceCompletenessTest {
  private static final Pattern LABEL = Pattern.compile("^\\s*\\*\\*(Lex Fridman|Sam Altman)\\s*(\\*\\*)?\\s*[：:]");
  private static final Pattern HEADING = Pattern.compile("^\\*\\*[^*：:]+\\*\\*[\\s*]*$");

  /** Per section in order of appearance: speaker name → labels counted. */
  private static List<Map<String, Integer>> countLabels() {
    List<Map<String, Integer>> sections = new ArrayList<>();
    for (String line : SourceFiles.sourceLines()) {
      if (line.equals("**·END·**")) {
        break;
      }
      if (HEADING.matcher(line).matches()) {
        sections.add(new TreeMap<>());
        continue;
      }
      Matcher label = LABEL.matcher(line);
      if (label.find()) {
        sections.get(sections.size() - 1).merge(label.group(1), 1, Integer::sum);
      }
    }
    return sections;
  }

  private static List<Map<String, Integer>> countTurns(Corpus corpus) {
    List<Map<String, Integer>> sections = new ArrayList<>();
    for (Section section : corpus.sections()) {
      Map<String, Integer> counts = new TreeMap<>();
      for (Turn turn : section.turns()) {
        counts.merge(corpus.speaker(turn.speaker()).orElseThrow().name(), 1, Integer::sum);
      }
      sections.add(counts);
    }
    return sections;
  }

  @Test
  void everyLabelInTheSourceIsExactlyOneTurnPerSectionAndSpeaker() {
    List<Map<String, Integer>> expected = countLabels();
    assertThat(expected).hasSize(13);
    assertThat(countTurns(BundledCorpus.get())).isEqualTo(expected);
  }

  @Test
  void totalsPerSpeakerMatchTheSource() {
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (Map<String, Integer> section : countLabels()) {
      section.forEach((name, n) -> expected.merge(name, n, Integer::sum));
    }
    Map<String, Integer> actual = new LinkedHashMap<>();
    for (Map<String, Integer> section : countTurns(BundledCorpus.get())) {
      section.forEach((name, n) -> actual.merge(name, n, Integer::sum));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(BundledCorpus.get().turns().size());
  }
}
