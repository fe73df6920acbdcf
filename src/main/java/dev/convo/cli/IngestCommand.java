package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusWriter;
import dev.convo.ingest.AtomicFile;
import dev.convo.ingest.Ingest;
import dev.convo.ingest.IngestException;
import dev.convo.ingest.TranscriptFormat;
import dev.convo.text.Escape;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

public final class IngestCommand implements Callable<Integer> {
  private final PositionalParamSpec source = CommandBuilder.parameter(Path.class, "1", "FILE",
      "The transcript to read.");
  private final OptionSpec output = CommandBuilder.option(Path.class, "OUT",
      "Write the corpus here (atomically) instead of to standard output.", "-o", "--output");
  private final OptionSpec format = OptionSpec.builder("--format").type(TranscriptFormat.class)
      .paramLabel("FORMAT").converters(new FormatConverter()).completionCandidates(new FormatNames())
      .description("markdown, plain, podcast or webvtt (default: recognised from the file; see"
          + " data/README.md).")
      .build();
  private final OptionSpec topics = CommandBuilder.option(Path.class, "FILE",
      "Curated section slugs, English titles and topics (JSON).", "--topics");
  private final OptionSpec repairs = CommandBuilder.option(Path.class, "FILE",
      "Line-anchored corrections of conversion damage in the source (JSON).", "--repairs");
  private final OptionSpec quotes = CommandBuilder.option(Path.class, "FILE",
      "Curated quotes beside the key quotes: whole sentences of a turn, with their topics (JSON).",
      "--quotes");
  private final OptionSpec glossary = CommandBuilder.option(Path.class, "FILE",
      "The words search expands into the forms the text uses (JSON).", "--glossary");
  private final CommandSpec spec = CommandBuilder.command(this, "ingest")
      .description(
          "Extract a corpus from a transcript: Markdown (numbered section headings, bold speaker"
              + " labels, an optional editor's preface), plain 'Name: text' lines, a podcast site's"
              + " 'Name (00:12:34) text' with chapters as headings, or WebVTT with <v Name> voices.",
          "",
          "Example, regenerating the bundled corpus:",
          "  convo ingest data/source/lex-fridman-sam-altman-2024.zh.md \\",
          "      --topics data/topics.json --repairs data/repairs.json --quotes data/quotes.json \\",
          "      --glossary data/glossary.json -o data/corpus.json")
      .standardHelpOptions()
      .add(source, output, format, topics, repairs, quotes, glossary)
      .build();

  public CommandSpec spec() {
    return spec;
  }

  static final class FormatConverter implements ITypeConverter<TranscriptFormat> {
    @Override
    public TranscriptFormat convert(String value) {
      TranscriptFormat format = TranscriptFormat.named(value);
      if (format == null) {
        throw new TypeConversionException("unknown transcript format '" + value
            + "' (expected markdown, plain, podcast or webvtt)");
      }
      return format;
    }
  }

  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(TranscriptFormat.values()).map(TranscriptFormat::id).iterator();
    }
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The input that {@code output} names too (by any path: a symbolic or hard link), or null. */
  private String overwrittenInput(Path output) {
    Map<String, Path> inputs = new LinkedHashMap<>();
    inputs.put("the transcript", source.getValue());
    inputs.put("the topics file", topics.getValue());
    inputs.put("the repairs file", repairs.getValue());
    inputs.put("the quotes file", quotes.getValue());
    inputs.put("the glossary", glossary.getValue());
    for (Map.Entry<String, Path> input : inputs.entrySet()) {
      if (input.getValue() != null && sameFile(output, input.getValue())) {
        return input.getKey() + " " + input.getValue();
      }
    }
    return null;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path output = this.output.getValue();
    String clash = output == null ? null : overwrittenInput(output);
    if (clash != null) {
      Errors.print(err, "-o " + output + " is the same file as " + clash + "; write the corpus to another file");
      return ExitCode.USAGE;
    }
    Corpus corpus;
    try {
      corpus = Ingest.extract(source.getValue(), format.getValue(), topics.getValue(), repairs.getValue(),
          quotes.getValue(), glossary.getValue());
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
      AtomicFile.write(corpus, output);
    } catch (IOException e) {
      Errors.print(err, output + ": cannot write (" + describe(e) + ")");
      return ExitCode.USAGE;
    }
    Errors.print(err, "wrote " + output + ": " + corpus.sections().size() + " sections, "
        + corpus.turns().size() + " turns, " + corpus.quotes().size() + " quotes");
    return ExitCode.OK;
  }
}
