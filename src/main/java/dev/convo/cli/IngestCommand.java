package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusWriter;
import dev.convo.ingest.Ingest;
import dev.convo.ingest.IngestException;
import dev.convo.render.Escape;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    description = {
      "Extract a corpus from a transcript in Markdown: bold numbered section headings, bold speaker"
          + " labels, an optional editor's preface.",
      "",
      "Example, regenerating the bundled corpus:",
      "  convo ingest data/source/lex-fridman-sam-altman-2024.zh.md \\",
      "      --topics data/topics.json --repairs data/repairs.json -o data/corpus.json"
    },
    mixinStandardHelpOptions = true)
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The transcript to read.")
  Path source;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write the corpus here (atomically) instead of to standard output.")
  Path output;

  @Option(names = "--topics", paramLabel = "FILE",
      description = "Curated section slugs, English titles and topics (JSON).")
  Path topics;

  @Option(names = "--repairs", paramLabel = "FILE",
      description = "Line-anchored corrections of conversion damage in the source (JSON).")
  Path repairs;

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Corpus corpus;
    try {
      corpus = Ingest.extract(source, topics, repairs);
    } catch (IngestException e) {
      Errors.print(err, e.getMessage());
      return ExitCode.USAGE;
    }
    if (output == null) {
      StringWriter json = new StringWriter();
      CorpusWriter.write(corpus, json);
      PrintWriter out = spec.commandLine().getOut();
      out.print(Escape.json(json.toString()));
      out.flush();
      return ExitCode.OK;
    }
    try {
      Ingest.writeAtomically(corpus, output);
    } catch (IOException e) {
      Errors.print(err, output + ": cannot write (" + describe(e) + ")");
      return ExitCode.USAGE;
    }
    Errors.print(err, "wrote " + output + ": " + corpus.sections().size() + " sections, "
        + corpus.turns().size() + " turns, " + corpus.quotes().size() + " key quotes");
    return ExitCode.OK;
  }
}
