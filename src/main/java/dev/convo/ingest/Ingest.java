package dev.convo.ingest;

import dev.convo.corpus.BoundedInput;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusException;
import dev.convo.corpus.CorpusRules;
import dev.convo.corpus.CorpusWriter;
import dev.convo.corpus.Favourite;
import dev.convo.corpus.Metadata;
import dev.convo.corpus.Preface;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Source;
import dev.convo.corpus.Speaker;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import dev.convo.ingest.Transcript.ParsedSection;
import dev.convo.ingest.Transcript.ParsedTurn;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a transcript source into a validated corpus: the one way {@code data/corpus.json} is made. */
public final class Ingest {
  /** A transcript is a few hundred KiB; anything this large is not one. */
  public static final long MAX_SOURCE_BYTES = 16L * 1024 * 1024;

  private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+");
  private static final Pattern SENTENCE = Pattern.compile("[^。！？!?；;.]+[。！？!?；;.]*");
  private static final Map<String, String> HEADER_KEYS = Map.ofEntries(
      Map.entry("文章作者", "author"), Map.entry("作者", "author"), Map.entry("author", "author"),
      Map.entry("发布时间", "published"), Map.entry("published", "published"), Map.entry("date", "published"),
      Map.entry("发布地", "place"), Map.entry("place", "place"),
      Map.entry("原文链接", "url"), Map.entry("url", "url"), Map.entry("link", "url"),
      Map.entry("封面图链接", "coverImage"), Map.entry("cover", "coverImage"));

  private final Path source;
  private final CuratedTopics curated;
  private final Repairs repairs;
  private final CuratedQuotes chosen;
  private final String quotesFile;
  private final CuratedGlossary glossary;
  private final String glossaryFile;

  private Ingest(Path source, CuratedTopics curated, Repairs repairs, CuratedQuotes chosen,
      String quotesFile, CuratedGlossary glossary, String glossaryFile) {
    this.source = source;
    this.curated = curated;
    this.repairs = repairs;
    this.chosen = chosen;
    this.quotesFile = quotesFile;
    this.glossary = glossary;
    this.glossaryFile = glossaryFile;
  }

  /**
   * Extracts the corpus from {@code source}; {@code topics} and {@code repairs} are the optional
   * curated inputs ({@code null} when a transcript has none).
   */
  public static Corpus extract(Path source, Path topics, Path repairs) throws IngestException {
    return extract(source, topics, repairs, null);
  }

  /** Like {@link #extract(Path, Path, Path)}, with the curated {@code quotes} (or {@code null}). */
  public static Corpus extract(Path source, Path topics, Path repairs, Path quotes) throws IngestException {
    return extract(source, topics, repairs, quotes, null);
  }

  /** Like {@link #extract(Path, Path, Path, Path)}, with the search {@code glossary} (or {@code null}). */
  public static Corpus extract(Path source, Path topics, Path repairs, Path quotes, Path glossary)
      throws IngestException {
    CuratedTopics curated = topics == null
        ? CuratedTopics.none() : CuratedTopics.parse(readText(topics), topics.toString());
    Repairs fixes = repairs == null
        ? Repairs.none() : Repairs.parse(readText(repairs), repairs.toString());
    CuratedQuotes chosen = quotes == null
        ? CuratedQuotes.none() : CuratedQuotes.parse(readText(quotes), quotes.toString());
    CuratedGlossary words = glossary == null
        ? CuratedGlossary.none() : CuratedGlossary.parse(readText(glossary), glossary.toString());
    return new Ingest(source, curated, fixes, chosen, quotes == null ? null : quotes.toString(), words,
        glossary == null ? null : glossary.toString()).extract();
  }

  /**
   * Writes {@code corpus} to {@code target} through a temporary file in the same directory and an
   * atomic rename, so that a failure leaves any previous file untouched. A file replaced keeps its
   * permissions.
   */
  public static void writeAtomically(Corpus corpus, Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Set<PosixFilePermission> mode = modeOf(absolute);
    Path temporary = temporaryBeside(absolute, mode);
    try {
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        CorpusWriter.write(corpus, out);
      }
      if (mode != null) {
        Files.setPosixFilePermissions(temporary, mode);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** An existing file's permissions, which replacing it keeps; null for a new file. */
  private static Set<PosixFilePermission> modeOf(Path file) throws IOException {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (NoSuchFileException | UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * An empty file beside {@code target}: for a new target, with the mode a shell's {@code >} gives
   * (rw-rw-rw- less the umask); else never more open than {@code mode}, so that no one it excludes
   * can open the file while the corpus is written into it.
   */
  private static Path temporaryBeside(Path target, Set<PosixFilePermission> mode) throws IOException {
    while (true) {
      Path temporary = target.resolveSibling("." + target.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        if (mode == null) {
          return Files.createFile(temporary);
        }
        Set<PosixFilePermission> writable = EnumSet.noneOf(PosixFilePermission.class);
        writable.addAll(mode);
        writable.add(PosixFilePermission.OWNER_WRITE);
        return Files.createFile(temporary, PosixFilePermissions.asFileAttribute(writable));
      } catch (FileAlreadyExistsException e) {
        // Another run's temporary file: try another name.
      }
    }
  }

  private Corpus extract() throws IngestException {
    BoundedInput input = read(source);
    byte[] bytes = input.bytes();
    String text = decode(input, source.toString());
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    repairs.apply(lines, source.toString());
    Transcript transcript = new TranscriptParser(source.toString()).parse(lines);

    Map<String, Speaker> speakers = speakers(transcript);
    List<Section> sections = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    int seq = 0;
    for (ParsedSection parsed : transcript.sections()) {
      CuratedTopics.SectionNames names = curated.sections().get(parsed.id());
      List<Turn> turns = new ArrayList<>();
      for (ParsedTurn parsedTurn : parsed.turns()) {
        int index = turns.size() + 1;
        String turnId = parsed.id() + ":" + index;
        String speaker = speakers.get(parsedTurn.speakerName()).id();
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < parsedTurn.paragraphs().size(); p++) {
          Inline.Text paragraph = parsedTurn.paragraphs().get(p);
          paragraphs.add(paragraph.text());
          for (int[] span : paragraph.boldSpans()) {
            String quoted = codePoints(paragraph.text(), span[0], span[1]);
            quotes.add(new Quote(null, turnId, parsed.id(), speaker, p, span[0], span[1], quoted,
                true, null, null, Quote.BOLD, List.of()));
          }
        }
        turns.add(new Turn(turnId, parsed.id(), index, ++seq, speaker, paragraphs));
      }
      sections.add(new Section(parsed.id(),
          names != null ? names.slug() : "section-" + parsed.id(),
          parsed.number(), parsed.title(),
          names != null ? names.titleEn() : parsed.title(), turns));
    }
    List<Favourite> favourites = linkFavourites(transcript.favourites(), sections, quotes);
    quotes = numbered(quotes, sections);
    List<Favourite> linked = new ArrayList<>();
    for (Favourite favourite : favourites) {
      Quote quote = quotes.stream().filter(q -> favourite.rank() == nullToZero(q.editorRank()))
          .findFirst().orElseThrow();
      linked.add(new Favourite(favourite.rank(), favourite.text(), quote.id()));
    }
    Metadata metadata = new Metadata(
        transcript.title() != null ? transcript.title() : source.getFileName().toString(),
        language(sections), source(transcript, bytes), List.copyOf(speakers.values()),
        new Preface(transcript.preface(), linked));
    List<Topic> topics = curated.topics().isEmpty() ? sectionTopics(sections) : curated.topics();
    List<Quote> all = new ArrayList<>();
    for (Quote q : quotes) {
      all.add(new Quote(q.id(), q.turn(), q.section(), q.speaker(), q.paragraph(), q.start(), q.end(),
          q.text(), q.emphasised(), q.editorRank(), q.editorText(), q.origin(),
          topicsOf(q.turn(), q.section(), topics)));
    }
    all.addAll(new QuoteCheck(quotesFile, sections, topics, quotes).curated(chosen));
    Corpus corpus = new Corpus(metadata, sections, all, topics,
        glossary.checkedAgainst(sections, glossaryFile));
    try {
      CorpusRules.check(corpus, source.toString());
    } catch (CorpusException e) {
      throw new IngestException("the extracted corpus is inconsistent: " + e.getMessage());
    }
    return corpus;
  }

  private static int nullToZero(Integer value) {
    return value == null ? 0 : value;
  }

  /**
   * Ids are the first word of the name in lower case ({@code Lex Fridman} → {@code lex}); when two
   * speakers share it, each gets the whole name in lower case with hyphens for spaces. Labels are
   * the first word as written, told apart the same way but shorter (see {@link #labels}).
   */
  private static Map<String, Speaker> speakers(Transcript transcript) {
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

  private List<Favourite> linkFavourites(List<String> favourites, List<Section> sections,
      List<Quote> quotes) throws IngestException {
    List<Favourite> result = new ArrayList<>();
    for (int i = 0; i < favourites.size(); i++) {
      String text = favourites.get(i).replaceAll("[；;]$", "");
      int rank = i + 1;
      int best = -1;
      double bestScore = 0;
      for (int q = 0; q < quotes.size(); q++) {
        double score = FavouriteMatcher.similarity(text, quotes.get(q).text());
        if (score > bestScore && quotes.get(q).editorRank() == null) {
          best = q;
          bestScore = score;
        }
      }
      if (bestScore >= FavouriteMatcher.THRESHOLD) {
        Quote q = quotes.get(best);
        quotes.set(best, new Quote(null, q.turn(), q.section(), q.speaker(), q.paragraph(), q.start(),
            q.end(), q.text(), true, rank, text, Quote.BOLD, List.of()));
      } else {
        quotes.add(sentenceQuote(text, rank, sections));
      }
      result.add(new Favourite(rank, text, null));
    }
    return result;
  }

  /**
   * A favourite the source did not set in bold: the passage it quotes word for word if there is one,
   * else the sentence of the dialogue closest to it.
   */
  private Quote sentenceQuote(String favourite, int rank, List<Section> sections) throws IngestException {
    String exact = favourite.replaceAll("[。.！!？?；;]+$", "");
    for (Section section : sections) {
      for (Turn turn : section.turns()) {
        for (int p = 0; p < turn.paragraphs().size(); p++) {
          String paragraph = turn.paragraphs().get(p);
          int at = exact.isEmpty() ? -1 : paragraph.indexOf(exact);
          if (at >= 0) {
            int start = paragraph.codePointCount(0, at);
            return new Quote(null, turn.id(), section.id(), turn.speaker(), p, start,
                start + exact.codePointCount(0, exact.length()), exact, false, rank, favourite,
                Quote.EDITOR, List.of());
          }
        }
      }
    }
    Quote best = null;
    double bestScore = 0;
    for (Section section : sections) {
      for (Turn turn : section.turns()) {
        for (int p = 0; p < turn.paragraphs().size(); p++) {
          String paragraph = turn.paragraphs().get(p);
          Matcher sentence = SENTENCE.matcher(paragraph);
          while (sentence.find()) {
            double score = FavouriteMatcher.similarity(favourite, sentence.group());
            if (score > bestScore) {
              bestScore = score;
              int start = paragraph.codePointCount(0, sentence.start());
              int end = paragraph.codePointCount(0, sentence.end());
              best = new Quote(null, turn.id(), section.id(), turn.speaker(), p, start, end,
                  sentence.group(), false, rank, favourite, Quote.EDITOR, List.of());
            }
          }
        }
      }
    }
    if (best == null || bestScore < FavouriteMatcher.THRESHOLD) {
      throw new IngestException(source + ": favourite " + rank + " ('" + favourite
          + "') matches no passage of the dialogue");
    }
    return best;
  }

  /** Key quotes are numbered q1, q2, … in reading order. */
  private static List<Quote> numbered(List<Quote> quotes, List<Section> sections) {
    List<Quote> result = new ArrayList<>();
    for (Quote q : inReadingOrder(quotes, sections)) {
      result.add(new Quote("q" + (result.size() + 1), q.turn(), q.section(), q.speaker(), q.paragraph(),
          q.start(), q.end(), q.text(), q.emphasised(), q.editorRank(), q.editorText(), q.origin(),
          q.topics()));
    }
    return result;
  }

  private static List<Quote> inReadingOrder(List<Quote> quotes, List<Section> sections) {
    Map<String, Integer> seqByTurn = new LinkedHashMap<>();
    for (Section section : sections) {
      for (Turn turn : section.turns()) {
        seqByTurn.put(turn.id(), turn.seq());
      }
    }
    List<Quote> sorted = new ArrayList<>(quotes);
    sorted.sort(Comparator.<Quote>comparingInt(q -> seqByTurn.get(q.turn()))
        .thenComparingInt(Quote::paragraph).thenComparingInt(Quote::start));
    return sorted;
  }

  /**
   * The topics a key quote is about: those whose turn list names its turn, or that cover its
   * section where a topic has no turn list. Keyword matches are the query's to make.
   */
  static List<String> topicsOf(String turn, String section, List<Topic> topics) {
    List<String> slugs = new ArrayList<>();
    for (Topic topic : topics) {
      if (topic.turns().isEmpty() ? topic.sections().contains(section) : topic.turns().contains(turn)) {
        slugs.add(topic.slug());
      }
    }
    return slugs;
  }

  private static List<Topic> sectionTopics(List<Section> sections) {
    List<Topic> topics = new ArrayList<>();
    for (Section section : sections) {
      topics.add(new Topic(section.slug(), section.titleEn(), section.title(), List.of(),
          List.of(section.id()), List.of(), List.of(), List.of()));
    }
    return topics;
  }

  /** {@code zh-Hans} when most letters are Han characters, else {@code en}. */
  private static String language(List<Section> sections) {
    long han = 0;
    long letters = 0;
    for (Section section : sections) {
      for (Turn turn : section.turns()) {
        for (int cp : turn.text().codePoints().toArray()) {
          if (Character.isLetter(cp)) {
            letters++;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
              han++;
            }
          }
        }
      }
    }
    return han * 2 > letters ? "zh-Hans" : "en";
  }

  private Source source(Transcript transcript, byte[] bytes) {
    Map<String, String> fields = new LinkedHashMap<>();
    transcript.header().forEach((key, value) -> {
      String field = HEADER_KEYS.get(key.toLowerCase(Locale.ROOT));
      if (field != null) {
        fields.putIfAbsent(field, value);
      }
    });
    String transcriptUrl = null;
    for (String paragraph : transcript.preface()) {
      Matcher url = URL.matcher(paragraph);
      if (url.find()) {
        transcriptUrl = url.group();
        break;
      }
    }
    return new Source(source.getFileName().toString(), sha256(bytes), fields.get("author"),
        fields.get("published"), fields.get("place"), fields.get("url"), transcriptUrl,
        fields.get("coverImage"));
  }

  private static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String readText(Path path) throws IngestException {
    return decode(read(path), path.toString());
  }

  private static BoundedInput read(Path path) throws IngestException {
    BoundedInput input;
    try {
      input = BoundedInput.read(path, MAX_SOURCE_BYTES);
    } catch (BoundedInput.Refused e) {
      throw new IngestException(path + ": " + refusal(e));
    }
    for (int i = 0; i < input.length(); i++) {
      if (input.byteAt(i) == 0) {
        throw new IngestException(path + ": a binary file (NUL byte at offset " + i + "), not a transcript");
      }
    }
    return input;
  }

  private static String refusal(BoundedInput.Refused refused) {
    return switch (refused.problem()) {
      case NO_SUCH_FILE -> "no such file";
      case PERMISSION_DENIED -> "permission denied";
      case DIRECTORY -> "is a directory";
      case TOO_LARGE -> "larger than the " + (MAX_SOURCE_BYTES >> 20) + " MiB a transcript may have";
      case CANNOT_BE_OPENED, CANNOT_BE_READ -> "cannot be read (" + refused.detail() + ")";
    };
  }

  private static String decode(BoundedInput input, String file) throws IngestException {
    try {
      return input.text();
    } catch (CharacterCodingException e) {
      throw new IngestException(file + ": invalid UTF-8 at byte offset " + input.firstMalformed());
    }
  }
}
