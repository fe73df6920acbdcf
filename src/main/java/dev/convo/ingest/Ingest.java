package dev.convo.ingest;

import dev.convo.corpus.BoundedInput;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusException;
import dev.convo.corpus.CorpusRules;
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
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a transcript source into a validated corpus: the one way {@code data/corpus.json} is made. */
public final class Ingest {
  private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+");
  private static final Pattern SENTENCE = Pattern.compile("[^。！？!?；;.]+[。！？!?；;.]*");
  private static final Map<String, String> HEADER_KEYS = Map.ofEntries(
      Map.entry("文章作者", "author"), Map.entry("作者", "author"), Map.entry("author", "author"),
      Map.entry("发布时间", "published"), Map.entry("published", "published"), Map.entry("date", "published"),
      Map.entry("发布地", "place"), Map.entry("place", "place"),
      Map.entry("原文链接", "url"), Map.entry("url", "url"), Map.entry("link", "url"),
      Map.entry("封面图链接", "coverImage"), Map.entry("cover", "coverImage"));

  private final Path source;
  private final TranscriptFormat format;
  private final CuratedTopics curated;
  private final Repairs repairs;
  private final CuratedQuotes chosen;
  private final String quotesFile;
  private final CuratedGlossary glossary;
  private final String glossaryFile;

  private Ingest(Path source, TranscriptFormat format, CuratedTopics curated, Repairs repairs,
      CuratedQuotes chosen, String quotesFile, CuratedGlossary glossary, String glossaryFile) {
    this.source = source;
    this.format = format;
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
    return extract(source, null, topics, repairs, quotes, null);
  }

  /**
   * Extracts the corpus from {@code source} read as {@code format}, or as the format it is
   * recognised as when {@code format} is {@code null}; the curated inputs, the search
   * {@code glossary} among them, may each be {@code null}.
   */
  public static Corpus extract(Path source, TranscriptFormat format, Path topics, Path repairs, Path quotes,
      Path glossary)
      throws IngestException {
    CuratedTopics curated = topics == null
        ? CuratedTopics.none() : CuratedTopics.parse(SourceText.readText(topics), topics.toString());
    Repairs fixes = repairs == null
        ? Repairs.none() : Repairs.parse(SourceText.readText(repairs), repairs.toString());
    CuratedQuotes chosen = quotes == null
        ? CuratedQuotes.none() : CuratedQuotes.parse(SourceText.readText(quotes), quotes.toString());
    CuratedGlossary words = glossary == null
        ? CuratedGlossary.none() : CuratedGlossary.parse(SourceText.readText(glossary), glossary.toString());
    return new Ingest(source, format, curated, fixes, chosen, quotes == null ? null : quotes.toString(),
        words, glossary == null ? null : glossary.toString()).extract();
  }

  private Corpus extract() throws IngestException {
    BoundedInput input = SourceText.read(source);
    byte[] bytes = input.bytes();
    String text = SourceText.decode(input, source.toString());
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    repairs.apply(lines, source.toString());
    TranscriptFormat read = format != null ? format : TranscriptFormat.detect(lines, source.toString());
    Transcript transcript = read.parser(source.toString()).parse(lines);

    Map<String, Speaker> speakers = SpeakerNames.of(transcript);
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
        turns.add(new Turn(turnId, parsed.id(), index, ++seq, speaker, paragraphs, parsedTurn.time()));
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
}
