package dev.convo.repl;

import dev.convo.completion.CorpusList;
import dev.convo.completion.Names;
import dev.convo.completion.Values;
import dev.convo.corpus.Corpus;
import dev.convo.text.Env;
import dev.convo.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;

/**
 * The completion model's names as JLine candidates: grouped by list, in reading order, with the
 * brief description a menu has room for.
 */
final class CorpusCandidates {
  private final Supplier<Corpus> corpus;
  private final Env env;
  /** The names of the corpus last asked for, and that corpus. */
  private Names names;
  private Corpus namesOf;

  /**
   * The names of the corpus {@code corpus} gives at each completion (the session's own, which
   * {@code use} changes), and of the library of {@code env}.
   */
  CorpusCandidates(Supplier<Corpus> corpus, Env env) {
    this.corpus = corpus;
    this.env = env;
  }

  /** What to offer for an argument taking {@code values} while {@code word} is typed. */
  List<Candidate> of(Values values, String word) {
    Corpus now = corpus.get();
    if (now != namesOf) {
      names = new Names(now, env);
      namesOf = now;
    }
    List<Candidate> candidates = new ArrayList<>();
    int order = 0;
    // A word with a colon or a slash is an id (7:3, tea/1:2), which no fixed word starts.
    if (word.indexOf(':') < 0 && word.indexOf('/') < 0) {
      for (dev.convo.completion.Candidate fixed : values.fixed()) {
        candidates.add(candidate(fixed, null, order++));
      }
    }
    for (CorpusList list : values.corpus()) {
      for (dev.convo.completion.Candidate name : names.forWord(list, word)) {
        candidates.add(candidate(name, list.noun() + "s", order++));
      }
    }
    return candidates;
  }

  /**
   * JLine would send an ESC or a bidi override in an alias to the terminal as it is; the model has
   * escaped the descriptions already.
   */
  private static Candidate candidate(dev.convo.completion.Candidate name, String group, int order) {
    String shown = Escape.line(name.value());
    String description = name.brief().isEmpty() ? null : name.brief();
    return new Candidate(shown, shown, group, description, null, null, name.complete(), order);
  }
}
