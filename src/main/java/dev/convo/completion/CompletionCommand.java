package dev.convo.completion;

import dev.convo.cli.CommandBuilder;
import dev.convo.cli.ConvoCommand;
import dev.convo.cli.ExitCode;
import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

public final class CompletionCommand implements Callable<Integer> {
  /** The shells convo writes completion scripts for. */
  public enum Shell {
    bash, zsh, fish;

    /** The script for the command tree under {@code root}, with the names of {@code corpus}. */
    public String script(CommandSpec root, Corpus corpus) {
      CompletionTree tree = CompletionTree.of(root);
      Names all = new Names(corpus);
      Map<CorpusList, List<Candidate>> names = new EnumMap<>(CorpusList.class);
      // A list the bundled interview leaves empty (the library's conversations) is asked of convo.
      for (CorpusList list : CorpusList.values()) {
        if (!all.typable(list).isEmpty()) {
          names.put(list, all.typable(list));
        }
      }
      return switch (this) {
        case bash -> new BashCompletion(tree, names).script();
        case zsh -> new ZshCompletion(tree, names).script();
        case fish -> new FishCompletion(tree, names).script();
      };
    }
  }

  private final PositionalParamSpec shell = CommandBuilder.parameter(Shell.class, "0..1", "SHELL",
      "bash, zsh or fish.");
  /**
   * What the scripts call at completion time for a corpus other than the bundled one (named by
   * --corpus or CONVO_CORPUS): one {@code name<TAB>description} line per value.
   */
  private final OptionSpec list = OptionSpec.builder("--list").type(String.class).hidden(true)
      .paramLabel("KIND")
      .completionCandidates(Arrays.stream(CorpusList.values()).map(CorpusList::noun).toList())
      .build();
  /**
   * With {@code --list}: only the values to offer while this word is typed. The scripts give it for
   * an id qualified by a conversation of the library ({@code tea/1:}), whose names only convo knows.
   */
  private final OptionSpec word = OptionSpec.builder("--word").type(String.class).hidden(true)
      .paramLabel("WORD").build();
  private final CommandSpec spec = CommandBuilder.command(this, "completion")
      .description(
          "Print the completion script for bash, zsh or fish. It completes commands, options, option"
              + " values, topic slugs and aliases, section, turn and quote ids.")
      .standardHelpOptions()
      .add(shell, list, word)
      .example("convo completion bash > ~/.local/share/bash-completion/completions/convo")
      .example("convo completion zsh > ~/.zfunc/_convo", "with ~/.zfunc on fpath")
      .example("convo completion fish > ~/.config/fish/completions/convo.fish")
      .build();

  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String list = this.list.getValue();
    if (list != null) {
      return printList(out, list);
    }
    Shell shell = this.shell.getValue();
    if (shell == null) {
      throw new MissingParameterException(spec.commandLine(), this.shell, "no SHELL given");
    }
    out.print(shell.script(spec.root(), BundledCorpus.get()));
    out.flush();
    return ExitCode.OK;
  }

  private int printList(PrintWriter out, String list) {
    CorpusList kind;
    try {
      kind = CorpusList.ofNoun(list);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "unknown list '" + list + "' (expected "
          + String.join(", ", Arrays.stream(CorpusList.values()).map(CorpusList::noun).toList())
          + ")");
    }
    ConvoCommand root = ConvoCommand.of(spec);
    Names names = new Names(root.corpus(), root.env());
    String word = this.word.getValue();
    List<Candidate> values = word == null ? names.typable(kind)
        : names.forWord(kind, word).stream().filter(Candidate::typable).toList();
    for (Candidate c : values) {
      out.println(c.value() + "\t" + c.description());
    }
    out.flush();
    return ExitCode.OK;
  }
}
