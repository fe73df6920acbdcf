package dev.convo.completion;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What may be offered for one argument: fixed words (enum constants, picocli completion candidates,
 * {@code all} for a reference), file names, lists taken from the corpus, or the names of the
 * commands under those typed before it ({@code convo help quotes …}).
 *
 * <p>Which argument takes which is read from the argument itself (its option name or parameter
 * label), so a command added later with {@code --topic SLUG} or a {@code QUOTE} parameter completes
 * without touching this package. The REPL and the three scripts all ask here.
 */
public record Values(List<Candidate> fixed, boolean files, Set<CorpusList> corpus, boolean commands) {
  /** The reference that names the whole interview. */
  static final Candidate ALL = new Candidate("all", "the whole interview");
  /** The conversation that stands for every one of the library. */
  static final Candidate WHOLE_LIBRARY = new Candidate("all", "the whole library");

  public boolean isEmpty() {
    return fixed.isEmpty() && !files && corpus.isEmpty() && !commands;
  }

  public static Values of(ArgSpec arg) {
    Set<CorpusList> corpus = EnumSet.noneOf(CorpusList.class);
    List<Candidate> fixed = new ArrayList<>();
    boolean commands = false;
    if (arg instanceof OptionSpec option) {
      if (List.of(option.names()).contains("--in")) {
        corpus.add(CorpusList.CONVERSATIONS);
      }
      for (CorpusList list : CorpusList.values()) {
        if (List.of(option.names()).contains("--" + list.noun())) {
          corpus.add(list);
        }
      }
    } else {
      switch (label(arg)) {
        case "slug", "topic" -> corpus.add(CorpusList.TOPICS);
        case "section" -> corpus.add(CorpusList.SECTIONS);
        case "quote" -> corpus.add(CorpusList.QUOTES);
        case "speaker" -> corpus.add(CorpusList.SPEAKERS);
        case "ref" -> {
          fixed.add(ALL);
          corpus.addAll(EnumSet.of(CorpusList.SECTIONS, CorpusList.TOPICS, CorpusList.TURNS));
        }
        case "id" -> {
          if (isQuotesShow(arg)) {
            corpus.addAll(EnumSet.of(CorpusList.QUOTES, CorpusList.SENTENCES));
          }
        }
        case "conversation" -> {
          fixed.add(WHOLE_LIBRARY);
          corpus.add(CorpusList.CONVERSATIONS);
        }
        case "name" -> {
          if (isInLibrary(arg)) {
            corpus.add(CorpusList.CONVERSATIONS);
          }
        }
        case "command", "subcommand" -> commands = true;
        default -> { }
      }
    }
    if (corpus.isEmpty() && !commands && arg.completionCandidates() != null) {
      for (String value : arg.completionCandidates()) {
        fixed.add(new Candidate(value, ""));
      }
    }
    boolean files = java.nio.file.Path.class.isAssignableFrom(arg.type())
        || java.io.File.class.isAssignableFrom(arg.type());
    return new Values(List.copyOf(fixed), files, corpus, commands);
  }

  private static String label(ArgSpec arg) {
    return arg.paramLabel().replaceAll("[<>.]", "").toLowerCase(Locale.ROOT);
  }

  /** {@code library show NAME} and {@code library remove NAME} take a conversation's name. */
  private static boolean isInLibrary(ArgSpec arg) {
    return arg.command() != null && arg.command().parent() != null
        && arg.command().parent().name().equals("library");
  }

  /** {@code quotes show ID} takes a quote id or a sentence id. */
  private static boolean isQuotesShow(ArgSpec arg) {
    return arg.command() != null && arg.command().name().equals("show")
        && arg.command().parent() != null && arg.command().parent().name().equals("quotes");
  }
}
