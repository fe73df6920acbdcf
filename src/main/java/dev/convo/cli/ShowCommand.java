package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Turn;
import dev.convo.library.Library;
import dev.convo.query.QueryException;
import dev.convo.query.Refs;
import dev.convo.render.Part;
import dev.convo.render.Renderer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

public final class ShowCommand extends RecordsCommand<List<ShowCommand.Shown>> {
  private final PositionalParamSpec refs = CommandBuilder.words("1..*", "REF",
      "7, 1a, 7:3, 7:3-6, a section or topic slug, or all.");

  /** The turns of a run of references to one conversation (null: the corpus read alone), and its corpus. */
  record Shown(String conversation, Corpus corpus, List<Turn> turns) {}

  public ShowCommand() {
    super("show");
  }

  @Override
  protected CommandBuilder declare(CommandBuilder command) {
    return command
        .description("Read the interview: a section, a turn, a range of turns, a slug, or all of it.",
            "A reference with a conversation's name before a slash reads that conversation of the library.")
        .add(refs)
        .example("convo show 7", "section 7")
        .example("convo show 7:3", "the third turn of section 7")
        .example("convo show 7:3-6", "turns 3 to 6 (7:19-8:2 crosses sections)")
        .example("convo show q-star", "a section by its slug")
        .example("convo show altman-2024/7:3", "a turn of a conversation of the library")
        .example("convo show all | less", "the whole interview, a screen at a time");
  }

  @Override
  protected List<Shown> find(Corpus corpus) throws QueryException {
    List<Shown> shown = new ArrayList<>();
    Library library = null;
    List<String> run = new ArrayList<>();
    String runOf = null;
    for (String ref : refs.<List<String>>getValue()) {
      QualifiedId id = QualifiedId.of(ref);
      String conversation = id.conversation();
      if (!run.isEmpty() && !same(conversation, runOf)) {
        shown.add(resolve(runOf, runOf == null ? corpus : LibraryCommand.corpus(library, runOf), run));
        run = new ArrayList<>();
      }
      if (conversation != null && library == null) {
        if (root().corpusGiven()) {
          throw new ConvoException(ExitCode.USAGE, "'" + ref + "' names a conversation of the library,"
              + " which --corpus leaves out: --corpus names the one corpus to read");
        }
        library = LibraryCommand.open(root());
      }
      runOf = conversation;
      run.add(id.local());
    }
    shown.add(resolve(runOf, runOf == null ? corpus : LibraryCommand.corpus(library, runOf), run));
    return shown;
  }

  private static Shown resolve(String conversation, Corpus corpus, List<String> refs) throws QueryException {
    return new Shown(conversation, corpus, new Refs(corpus).resolve(refs));
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  @Override
  protected void print(Renderer renderer, List<Shown> shown) {
    // Loops, not streams: the first lambda of a process costs a one-shot command milliseconds.
    List<Turn> turns = new ArrayList<>();
    for (Shown one : shown) {
      turns.addAll(one.turns());
    }
    renderer.turns(turns);
  }

  /** Runs of another conversation print through a renderer of its own corpus, with qualified ids. */
  @Override
  protected void print(Output out, Corpus corpus, List<Shown> shown) {
    if (shown.size() == 1 && shown.get(0).conversation() == null) {
      print(out.renderer(corpus), shown);
      return;
    }
    // One table for them all: a time column where any conversation shown gives times.
    List<Corpus> corpora = new ArrayList<>(shown.size());
    for (Shown one : shown) {
      corpora.add(one.corpus());
    }
    for (int i = 0; i < shown.size(); i++) {
      Shown one = shown.get(i);
      out.renderer(one.corpus(), one.conversation(), one.conversation() != null,
          new Part(i == 0, i == shown.size() - 1, corpora)).turns(one.turns());
    }
  }
}
