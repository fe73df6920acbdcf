package dev.convo.shell;

import dev.convo.cli.ExitCode;
import dev.convo.cli.ConvoCommand;
import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    description = {
      "Print the completion script for bash, zsh or fish. It completes commands, options, option"
          + " values, topic slugs and aliases, section ids and quote ids.",
      "",
      "Examples:",
      "  source <(convo completion bash)        # bash, in this shell only",
      "  convo completion zsh > ~/.zfunc/_convo  # zsh, with ~/.zfunc in fpath",
      "  convo completion fish > ~/.config/fish/completions/convo.fish"
    },
    mixinStandardHelpOptions = true)
public final class CompletionCommand implements Callable<Integer> {
  /** The shells convo writes completion scripts for. */
  public enum Shell {
    bash, zsh, fish;

    /** The script for the command tree under {@code root}, with the names of {@code corpus}. */
    public String script(CommandSpec root, Corpus corpus) {
      CompletionTree tree = CompletionTree.of(root);
      Map<CorpusList, List<CompletionTree.Candidate>> names = new EnumMap<>(CorpusList.class);
      for (CorpusList list : CorpusList.values()) {
        names.put(list, list.candidates(corpus));
      }
      return switch (this) {
        case bash -> new BashCompletion(tree, names).script();
        case zsh -> new ZshCompletion(tree, names).script();
        case fish -> new FishCompletion(tree, names).script();
      };
    }
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "SHELL", description = "bash, zsh or fish.")
  Shell shell;

  /**
   * What the scripts call at completion time for a corpus other than the bundled one (named by
   * --corpus or CONVO_CORPUS): one {@code name<TAB>description} line per value.
   */
  @Option(names = "--list", hidden = true, paramLabel = "KIND")
  String list;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list != null) {
      return printList(out);
    }
    if (shell == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'SHELL'");
    }
    out.print(shell.script(spec.root(), BundledCorpus.get()));
    out.flush();
    return ExitCode.OK;
  }

  private int printList(PrintWriter out) {
    CorpusList kind;
    try {
      kind = CorpusList.ofNoun(list);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "unknown list '" + list + "' (expected "
          + String.join(", ", Arrays.stream(CorpusList.values()).map(CorpusList::noun).toList())
          + ")");
    }
    for (CompletionTree.Candidate c : kind.candidates(ConvoCommand.of(spec).corpus())) {
      out.println(c.value() + "\t" + c.description());
    }
    out.flush();
    return ExitCode.OK;
  }
}
