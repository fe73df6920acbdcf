package dev.convo.ingest;

import dev.convo.corpus.Speaker;
import dev.convo.ingest.Transcript.ParsedSection;
import dev.convo.ingest.Transcript.ParsedTurn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The speakers of a transcript, with the ids and labels derived from their names. */
final class SpeakerNames {
  private SpeakerNames() {}

  /**
   * Ids are the first word of the name in lower case ({@code Lex Fridman} → {@code lex}); when two
   * speakers share it, each gets the whole name in lower case with hyphens for spaces. Labels are
   * the first word as written, told apart the same way but shorter (see {@link #labels}).
   */
  static Map<String, Speaker> of(Transcript transcript) {
    List<String> names = new ArrayList<>();
    for (ParsedSection section : transcript.sections()) {
      for (ParsedTurn turn : section.turns()) {
        if (!names.contains(turn.speakerName())) {
          names.add(turn.speakerName());
        }
      }
    }
    Map<String, Long> firstWords = new LinkedHashMap<>();
    for (String name : names) {
      firstWords.merge(firstWord(name), 1L, Long::sum);
    }
    Map<String, String> labels = labels(names, firstWords);
    Map<String, Speaker> speakers = new LinkedHashMap<>();
    for (String name : names) {
      String first = firstWord(name);
      String id = firstWords.get(first) == 1
          ? first : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
      speakers.put(name, new Speaker(id, name, labels.get(name)));
    }
    return speakers;
  }

  /**
   * The label before each turn: the name's first word ({@code Lex}); where two speakers share it,
   * that word and the initial of the last ({@code Sam A.}, {@code Sam H.}); where those clash too,
   * the whole name. {@code firstWords} counts the speakers by the first word of their names.
   */
  private static Map<String, String> labels(List<String> names, Map<String, Long> firstWords) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Long> initialled = new LinkedHashMap<>();
    for (String name : names) {
      String[] words = name.split("\\s+");
      String label = firstWords.get(firstWord(name)) == 1 ? words[0]
          : words.length == 1 ? name
          : words[0] + " " + new String(Character.toChars(words[words.length - 1].codePointAt(0))) + ".";
      labels.put(name, label);
      initialled.merge(label.toLowerCase(Locale.ROOT), 1L, Long::sum);
    }
    labels.replaceAll((name, label) -> initialled.get(label.toLowerCase(Locale.ROOT)) == 1 ? label : name);
    return labels;
  }

  private static String firstWord(String name) {
    return name.split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
