package dev.convo.corpus;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a corpus and checks every rule the JSON Schema cannot express: unique ids, references that
 * resolve, quotes that really are the text they point at. A corpus comes from users too
 * ({@code --corpus}), so every failure is a {@link CorpusException} naming the file and a JSON path.
 *
 * <p>It streams ({@link JsonReader}) rather than building a tree, and avoids lambdas: it runs on
 * every start-up, where a parse tree and method-handle bootstrapping cost tens of milliseconds.
 * References are checked after the whole document is read, so fields may come in any order.
 */
public final class CorpusReader {
  /** Larger than any real transcript by two orders of magnitude, small enough to fail fast. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final Pattern GSON_LOCATION =
      Pattern.compile("at line (\\d+) column (\\d+) path (\\S+)");

  private final String name;

  private CorpusReader(String name) {
    this.name = name;
  }

  /**
   * Reads a whole corpus from {@code in}; {@code name} is how messages refer to it (a file name,
   * or {@code <bundled corpus>}).
   */
  public static Corpus read(InputStream in, String name) throws CorpusException {
    CorpusReader reader = new CorpusReader(name);
    return reader.parse(reader.readBounded(in, 0));
  }

  public static Corpus read(String json, String name) throws CorpusException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return new CorpusReader(name).parse(new Bytes(bytes, bytes.length));
  }

  /**
   * Reads a corpus file, named in messages as given. What is wrong with the file as a whole (a
   * directory, no permission, too large) is reported at {@code $}, the whole document, and found
   * before anything is read: a 100 MB file fails at once instead of after 64 MiB of reading.
   */
  public static Corpus read(Path file) throws CorpusException {
    CorpusReader reader = new CorpusReader(file.toString());
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw reader.fail(throughAFile(file) ? "cannot be opened (Not a directory), at $" : "no such file, at $");
    } catch (IOException e) {
      throw reader.fail(reader.unusable("opened", e));
    }
    if (attributes.isDirectory()) {
      throw reader.fail("is a directory, not a corpus file, at $");
    }
    if (attributes.isRegularFile() && attributes.size() > MAX_BYTES) {
      throw reader.fail(tooLarge(attributes.size() + " bytes"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return reader.parse(reader.readBounded(in, attributes.isRegularFile() ? attributes.size() : 0));
    } catch (IOException e) {
      throw reader.fail(reader.unusable("opened", e));
    }
  }

  /**
   * Whether the path leads through a file ({@code plain.json/corpus.json}). JDK 17 reports that as
   * ENOTDIR and later JDKs as a missing file; the user hears the same on every JDK.
   */
  private static boolean throughAFile(Path file) {
    for (Path parent = file.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
      if (Files.exists(parent)) {
        return !Files.isDirectory(parent);
      }
    }
    return false;
  }

  private static String tooLarge(String size) {
    return "too large (" + size + "; a corpus may have at most " + (MAX_BYTES >> 20) + " MiB), at $";
  }

  /** Why a file could not be opened or read, without the file name the JDK repeats. */
  private String unusable(String what, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file, at $";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied, at $";
    }
    String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : e.getMessage() != null ? e.getMessage()
        : e.getClass().getSimpleName();
    return "cannot be " + what + " (" + reason + "), at $";
  }

  /** The first {@code length} bytes of {@code array}. */
  private record Bytes(byte[] array, int length) {}

  /**
   * Reads at most {@link #MAX_BYTES}, into a buffer sized for the {@code expected} length (a
   * regular file's size) so that a large corpus is read in one piece, not copied chunk by chunk.
   */
  private Bytes readBounded(InputStream in, long expected) throws CorpusException {
    try {
      byte[] buffer = new byte[(int) Math.min(Math.max(expected, 8192) + 1, MAX_BYTES + 1)];
      int length = 0;
      int n;
      while ((n = in.read(buffer, length, buffer.length - length)) > 0) {
        length += n;
        if (length == buffer.length) {
          if (length > MAX_BYTES) {
            throw fail(tooLarge("more than " + MAX_BYTES + " bytes"));
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(2L * length, MAX_BYTES + 1));
        }
      }
      return new Bytes(buffer, length);
    } catch (IOException e) {
      throw fail(unusable("read", e));
    }
  }

  /**
   * Parses the document in {@code bytes}, decoding it as it goes: decoding the whole first would
   * hold it twice more, as a char buffer and as a string, which for a large corpus is most of the
   * garbage of a run and costs collections that copy the corpus being built.
   */
  private Corpus parse(Bytes input) throws CorpusException {
    byte[] bytes = input.array();
    int length = input.length();
    int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    if (blank(bytes, start, length)) {
      throw fail("empty file, at line 1:1");
    }
    Reader text = new InputStreamReader(new ByteArrayInputStream(bytes, start, length - start),
        strictUtf8());
    JsonReader json = new JsonReader(text);
    json.setStrictness(Strictness.STRICT);
    Document document = new Document(json);
    try {
      document.read();
      if (json.peek() != JsonToken.END_DOCUMENT) {
        throw fail("unexpected text after the JSON document, at " + json.getPath());
      }
    } catch (CharacterCodingException e) {
      throw invalidUtf8(bytes, length);
    } catch (IOException | IllegalStateException e) {
      throw fail(describeSyntaxError(e));
    }
    return document.corpus();
  }

  /** A decoder that reports malformed input instead of replacing it. */
  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean blank(byte[] bytes, int start, int length) {
    for (int i = start; i < length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /** Where the first byte that is not UTF-8 is, found by decoding the whole document again. */
  private CorpusException invalidUtf8(byte[] bytes, int length) {
    CharsetDecoder decoder = strictUtf8();
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer chars = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      chars.clear();
      result = decoder.decode(buffer, chars, true);
    } while (result.isOverflow());
    int offset = buffer.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String bad = offset < length ? String.format(" (byte 0x%02x)", bytes[offset] & 0xFF) : "";
    return fail("invalid UTF-8" + bad + ", at line " + line + ":" + (offset - lineStart + 1));
  }

  private static String describeSyntaxError(Throwable e) {
    String message = String.valueOf(e.getMessage());
    Matcher location = GSON_LOCATION.matcher(message);
    String where = location.find()
        ? "at " + trimDot(location.group(3)) + " (line " + location.group(1) + ":" + location.group(2) + ")"
        : "at the end of the file";
    String what = message.contains("End of input") || e instanceof EOFException
        ? "truncated JSON"
        : "not valid JSON";
    return what + ", " + where;
  }

  /** Gson ends the path of a member whose name was read but not its value with a dot. */
  private static String trimDot(String path) {
    return path.length() > 1 && path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
  }

  private CorpusException fail(String what) {
    return new CorpusException(name + ": " + what);
  }

  /** A turn as read; where it was is kept as indexes, made into a path only for a message. */
  private record RawTurn(String id, String speaker, List<String> paragraphs, int section, int index) {
    String path() {
      return turnPath(section, index);
    }
  }

  private static String turnPath(int section, int index) {
    return "$.sections[" + section + "].turns[" + index + "]";
  }

  private record RawSection(
      String id, String slug, Integer number, String title, String titleEn, List<RawTurn> turns) {}

  private record RawQuote(
      String id, String turn, String speaker, int paragraph, int start, int end, String text,
      boolean emphasised, Integer editorRank, String editorText, String origin, List<String> topics,
      String path) {}

  /** One pass over the document, then the cross-reference checks. */
  private final class Document {
    private final JsonReader in;
    private Integer schema;
    private Metadata metadata;
    private List<RawSection> sections;
    private List<RawQuote> quotes;
    private List<Topic> topics;
    private final List<String> topicPaths = new ArrayList<>();

    Document(JsonReader in) {
      this.in = in;
    }

    void read() throws IOException, CorpusException {
      String path = begin(JsonToken.BEGIN_OBJECT);
      in.beginObject();
      Seen seen = new Seen();
      while (in.hasNext()) {
        String field = field(seen);
        switch (field) {
          case "schema" -> schema = integer();
          case "metadata" -> metadata = metadata();
          case "sections" -> sections = sections();
          case "quotes" -> quotes = quotes();
          case "topics" -> topics = topics();
          default -> in.skipValue();
        }
      }
      in.endObject();
      require(seen, path, "schema", "metadata", "sections", "quotes", "topics");
    }

    Corpus corpus() throws CorpusException {
      if (schema != Corpus.SCHEMA_VERSION) {
        throw fail("schema version " + schema + " is not supported (expected "
            + Corpus.SCHEMA_VERSION + "), at $.schema");
      }
      if (sections.isEmpty()) {
        throw fail("a corpus needs at least one section, at $.sections");
      }
      Set<String> speakerIds = new HashSet<>();
      for (Speaker speaker : metadata.speakers()) {
        speakerIds.add(speaker.id());
      }
      Map<String, Turn> turnsById = new HashMap<>();
      Set<String> sectionIds = new HashSet<>();
      List<Section> built = new ArrayList<>(sections.size());
      int seq = 0;
      for (int i = 0; i < sections.size(); i++) {
        RawSection raw = sections.get(i);
        if (!sectionIds.add(raw.id())) {
          throw fail("duplicate section id '" + raw.id() + "', at $.sections[" + i + "].id");
        }
        List<Turn> turns = new ArrayList<>(raw.turns().size());
        for (int j = 0; j < raw.turns().size(); j++) {
          RawTurn turn = raw.turns().get(j);
          if (!isTurnId(turn.id(), raw.id(), j + 1)) {
            throw fail("turn id '" + turn.id() + "' should be '" + raw.id() + ":" + (j + 1) + "', at "
                + turn.path() + ".id");
          }
          if (!speakerIds.contains(turn.speaker())) {
            throw fail("unknown speaker '" + turn.speaker() + "', at " + turn.path() + ".speaker");
          }
          Turn built1 = new Turn(turn.id(), raw.id(), j + 1, ++seq, turn.speaker(), turn.paragraphs());
          if (turnsById.put(turn.id(), built1) != null) {
            throw fail("duplicate turn id '" + turn.id() + "', at " + turn.path() + ".id");
          }
          turns.add(built1);
        }
        built.add(new Section(raw.id(), raw.slug(), raw.number(), raw.title(), raw.titleEn(), turns));
      }
      List<Quote> checkedQuotes = checkQuotes(turnsById);
      checkFavourites(checkedQuotes);
      checkTopics(sectionIds, turnsById);
      checkQuoteTopics();
      return new Corpus(metadata, built, checkedQuotes, topics);
    }

    private List<Quote> checkQuotes(Map<String, Turn> turnsById) throws CorpusException {
      Set<String> ids = new HashSet<>();
      List<Quote> result = new ArrayList<>(quotes.size());
      for (RawQuote q : quotes) {
        String p = q.path();
        if (!ids.add(q.id())) {
          throw fail("duplicate quote id '" + q.id() + "', at " + p + ".id");
        }
        Turn turn = turnsById.get(q.turn());
        if (turn == null) {
          throw fail("quote refers to unknown turn '" + q.turn() + "', at " + p + ".turn");
        }
        if (!q.speaker().equals(turn.speaker())) {
          throw fail("quote speaker '" + q.speaker() + "' is not the turn's speaker '"
              + turn.speaker() + "', at " + p + ".speaker");
        }
        if (q.paragraph() >= turn.paragraphs().size()) {
          throw fail("turn " + q.turn() + " has no paragraph " + q.paragraph() + ", at " + p + ".paragraph");
        }
        String para = turn.paragraphs().get(q.paragraph());
        int length = para.codePointCount(0, para.length());
        if (q.start() >= q.end() || q.end() > length) {
          throw fail("quote span " + q.start() + "-" + q.end() + " lies outside its paragraph, at " + p);
        }
        String span = para.substring(para.offsetByCodePoints(0, q.start()),
            para.offsetByCodePoints(0, q.end()));
        if (!span.equals(q.text())) {
          throw fail("quote text differs from the turn's text at its span, at " + p + ".text");
        }
        result.add(new Quote(q.id(), q.turn(), turn.section(), q.speaker(), q.paragraph(), q.start(),
            q.end(), q.text(), q.emphasised(), q.editorRank(), q.editorText(),
            q.origin() != null ? q.origin() : Quote.originOf(q.emphasised(), q.editorRank()), q.topics()));
      }
      return result;
    }

    private void checkFavourites(List<Quote> checkedQuotes) throws CorpusException {
      List<Favourite> favourites = metadata.preface().favourites();
      for (int i = 0; i < favourites.size(); i++) {
        Favourite favourite = favourites.get(i);
        String p = "$.metadata.preface.favourites[" + i + "]";
        Quote quote = null;
        for (Quote candidate : checkedQuotes) {
          if (candidate.id().equals(favourite.quote())) {
            quote = candidate;
          }
        }
        if (quote == null) {
          throw fail("favourite refers to unknown quote '" + favourite.quote() + "', at " + p + ".quote");
        }
        if (!Integer.valueOf(favourite.rank()).equals(quote.editorRank())) {
          throw fail("favourite rank " + favourite.rank() + " differs from quote " + quote.id()
              + "'s editorRank, at " + p + ".rank");
        }
      }
    }

    private void checkQuoteTopics() throws CorpusException {
      Set<String> slugs = new HashSet<>();
      for (Topic topic : topics) {
        slugs.add(topic.slug());
      }
      for (RawQuote q : quotes) {
        for (int j = 0; j < q.topics().size(); j++) {
          if (!slugs.contains(q.topics().get(j))) {
            throw fail("quote refers to unknown topic '" + q.topics().get(j) + "', at " + q.path()
                + ".topics[" + j + "]");
          }
        }
      }
    }

    private void checkTopics(Set<String> sectionIds, Map<String, Turn> turnsById) throws CorpusException {
      Set<String> slugs = new HashSet<>();
      for (int i = 0; i < topics.size(); i++) {
        Topic topic = topics.get(i);
        String p = topicPaths.get(i);
        if (!slugs.add(topic.slug())) {
          throw fail("duplicate topic slug '" + topic.slug() + "', at " + p + ".slug");
        }
        for (int j = 0; j < topic.sections().size(); j++) {
          if (!sectionIds.contains(topic.sections().get(j))) {
            throw fail("topic refers to unknown section '" + topic.sections().get(j) + "', at "
                + p + ".sections[" + j + "]");
          }
        }
        for (int j = 0; j < topic.turns().size(); j++) {
          if (!turnsById.containsKey(topic.turns().get(j))) {
            throw fail("topic refers to unknown turn '" + topic.turns().get(j) + "', at "
                + p + ".turns[" + j + "]");
          }
        }
        if (topic.sections().isEmpty() && topic.keywords().isEmpty() && topic.turns().isEmpty()) {
          throw fail("topic '" + topic.slug() + "' names no sections, keywords or turns, at " + p);
        }
      }
    }

    private Metadata metadata() throws IOException, CorpusException {
      String path = begin(JsonToken.BEGIN_OBJECT);
      in.beginObject();
      Seen seen = new Seen();
      String title = null;
      String language = null;
      Source source = null;
      List<Speaker> speakers = null;
      Preface preface = null;
      while (in.hasNext()) {
        switch (field(seen)) {
          case "title" -> title = string();
          case "language" -> language = string();
          case "source" -> source = source();
          case "speakers" -> speakers = speakers();
          case "preface" -> preface = preface();
          default -> in.skipValue();
        }
      }
      in.endObject();
      require(seen, path, "title", "language", "source", "speakers", "preface");
      return new Metadata(title, language, source, speakers, preface);
    }

    private Source source() throws IOException, CorpusException {
      expect(JsonToken.BEGIN_OBJECT);
      in.beginObject();
      Seen seen = new Seen();
      String[] values = new String[8];
      while (in.hasNext()) {
        switch (field(seen)) {
          case "file" -> values[0] = optionalString();
          case "sha256" -> values[1] = optionalString();
          case "author" -> values[2] = optionalString();
          case "published" -> values[3] = optionalString();
          case "place" -> values[4] = optionalString();
          case "url" -> values[5] = optionalString();
          case "transcriptUrl" -> values[6] = optionalString();
          case "coverImage" -> values[7] = optionalString();
          default -> in.skipValue();
        }
      }
      in.endObject();
      return new Source(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
          values[7]);
    }

    private List<Speaker> speakers() throws IOException, CorpusException {
      String path = begin(JsonToken.BEGIN_ARRAY);
      in.beginArray();
      List<Speaker> speakers = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      Seen seen = new Seen();
      while (in.hasNext()) {
        String p = begin(JsonToken.BEGIN_OBJECT);
        in.beginObject();
        seen.clear();
        String id = null;
        String speakerName = null;
        String label = null;
        while (in.hasNext()) {
          switch (field(seen)) {
            case "id" -> {
              id = id();
              if (!ids.add(id)) {
                throw fail("duplicate speaker id '" + id + "', at " + in.getPath());
              }
            }
            case "name" -> speakerName = string();
            case "label" -> label = string();
            default -> in.skipValue();
          }
        }
        in.endObject();
        require(seen, p, "id", "name", "label");
        speakers.add(new Speaker(id, speakerName, label));
      }
      in.endArray();
      if (speakers.isEmpty()) {
        throw fail("a corpus needs at least one speaker, at " + path);
      }
      return speakers;
    }

    private Preface preface() throws IOException, CorpusException {
      String path = begin(JsonToken.BEGIN_OBJECT);
      in.beginObject();
      Seen seen = new Seen();
      List<String> paragraphs = null;
      List<Favourite> favourites = null;
      while (in.hasNext()) {
        switch (field(seen)) {
          case "paragraphs" -> paragraphs = strings();
          case "favourites" -> favourites = favourites();
          default -> in.skipValue();
        }
      }
      in.endObject();
      require(seen, path, "paragraphs", "favourites");
      return new Preface(paragraphs, favourites);
    }

    private List<Favourite> favourites() throws IOException, CorpusException {
      expect(JsonToken.BEGIN_ARRAY);
      in.beginArray();
      List<Favourite> favourites = new ArrayList<>();
      Seen seen = new Seen();
      while (in.hasNext()) {
        String p = begin(JsonToken.BEGIN_OBJECT);
        in.beginObject();
        seen.clear();
        int rank = 0;
        String text = null;
        String quote = null;
        while (in.hasNext()) {
          switch (field(seen)) {
            case "rank" -> rank = positive();
            case "text" -> text = string();
            case "quote" -> quote = id();
            default -> in.skipValue();
          }
        }
        in.endObject();
        require(seen, p, "rank", "text", "quote");
        favourites.add(new Favourite(rank, text, quote));
      }
      in.endArray();
      return favourites;
    }

    private List<RawSection> sections() throws IOException, CorpusException {
      expect(JsonToken.BEGIN_ARRAY);
      in.beginArray();
      List<RawSection> result = new ArrayList<>();
      Seen seen = new Seen();
      while (in.hasNext()) {
        String path = begin(JsonToken.BEGIN_OBJECT);
        in.beginObject();
        seen.clear();
        String id = null;
        String slug = null;
        Integer number = null;
        String title = null;
        String titleEn = null;
        List<RawTurn> turns = null;
        while (in.hasNext()) {
          switch (field(seen)) {
            case "id" -> id = id();
            case "slug" -> slug = id();
            case "number" -> number = optionalPositive();
            case "title" -> title = string();
            case "titleEn" -> titleEn = string();
            case "turns" -> turns = turns(result.size());
            default -> in.skipValue();
          }
        }
        in.endObject();
        require(seen, path, "id", "slug", "number", "title", "titleEn", "turns");
        result.add(new RawSection(id, slug, number, title, titleEn, turns));
      }
      in.endArray();
      return result;
    }

    /** The turns of section number {@code section}; read for every turn, so no path is made. */
    private List<RawTurn> turns(int section) throws IOException, CorpusException {
      expect(JsonToken.BEGIN_ARRAY);
      in.beginArray();
      List<RawTurn> turns = new ArrayList<>();
      // One set for all the turns, cleared for each: a set per turn was much of the garbage.
      Seen seen = new Seen();
      while (in.hasNext()) {
        expect(JsonToken.BEGIN_OBJECT);
        in.beginObject();
        seen.clear();
        String id = null;
        String speaker = null;
        List<String> paragraphs = null;
        while (in.hasNext()) {
          switch (field(seen)) {
            case "id" -> id = id();
            case "speaker" -> speaker = id();
            case "paragraphs" -> paragraphs = paragraphs();
            default -> in.skipValue();
          }
        }
        if (id == null || speaker == null || paragraphs == null) {
          throw missingField(missing(seen, "id", "speaker", "paragraphs"), turnPath(section, turns.size()));
        }
        in.endObject();
        turns.add(new RawTurn(id, speaker, paragraphs, section, turns.size()));
      }
      in.endArray();
      return turns;
    }

    private List<String> paragraphs() throws IOException, CorpusException {
      List<String> paragraphs = strings();
      if (paragraphs.isEmpty()) {
        throw fail("a turn needs paragraphs with text, at " + in.getPath());
      }
      for (int j = 0; j < paragraphs.size(); j++) {
        if (paragraphs.get(j).isBlank()) {
          throw fail("a paragraph without text, at " + in.getPath() + "[" + j + "]");
        }
      }
      return paragraphs;
    }

    private List<RawQuote> quotes() throws IOException, CorpusException {
      expect(JsonToken.BEGIN_ARRAY);
      in.beginArray();
      List<RawQuote> result = new ArrayList<>();
      Seen seen = new Seen();
      while (in.hasNext()) {
        String path = begin(JsonToken.BEGIN_OBJECT);
        in.beginObject();
        seen.clear();
        String id = null;
        String turn = null;
        String speaker = null;
        int paragraph = 0;
        int start = 0;
        int end = 0;
        String text = null;
        boolean emphasised = false;
        Integer rank = null;
        String editorText = null;
        String origin = null;
        List<String> quoteTopics = List.of();
        while (in.hasNext()) {
          switch (field(seen)) {
            case "id" -> id = id();
            case "turn" -> turn = id();
            case "speaker" -> speaker = id();
            case "paragraph" -> paragraph = natural();
            case "start" -> start = natural();
            case "end" -> end = natural();
            case "text" -> text = string();
            case "emphasised" -> emphasised = bool();
            case "editorRank" -> rank = optionalPositive();
            case "editorText" -> editorText = optionalString();
            case "origin" -> origin = origin();
            case "topics" -> quoteTopics = strings();
            default -> in.skipValue();
          }
        }
        in.endObject();
        require(seen, path, "id", "turn", "speaker", "paragraph", "start", "end", "text", "emphasised",
            "editorRank");
        result.add(new RawQuote(id, turn, speaker, paragraph, start, end, text, emphasised, rank,
            editorText, origin, quoteTopics, path));
      }
      in.endArray();
      return result;
    }

    private List<Topic> topics() throws IOException, CorpusException {
      expect(JsonToken.BEGIN_ARRAY);
      in.beginArray();
      List<Topic> result = new ArrayList<>();
      Seen seen = new Seen();
      while (in.hasNext()) {
        String path = begin(JsonToken.BEGIN_OBJECT);
        in.beginObject();
        seen.clear();
        String slug = null;
        String title = null;
        String titleZh = null;
        List<String> aliases = null;
        List<String> topicSections = null;
        List<String> keywords = null;
        List<String> topicTurns = List.of();
        List<String> names = List.of();
        while (in.hasNext()) {
          switch (field(seen)) {
            case "slug" -> slug = id();
            case "title" -> title = string();
            case "titleZh" -> titleZh = string();
            case "aliases" -> aliases = strings();
            case "sections" -> topicSections = strings();
            case "keywords" -> keywords = strings();
            case "turns" -> topicTurns = strings();
            case "names" -> names = strings();
            default -> in.skipValue();
          }
        }
        in.endObject();
        require(seen, path, "slug", "title", "titleZh", "aliases", "sections", "keywords");
        topicPaths.add(path);
        result.add(new Topic(slug, title, titleZh, aliases, topicSections, keywords, topicTurns, names));
      }
      in.endArray();
      return result;
    }

    /** The next field name, refusing one the object already had: JSON leaves that undefined. */
    private String field(Seen seen) throws IOException, CorpusException {
      String field = in.nextName();
      if (!seen.add(field)) {
        throw fail("duplicate field '" + field + "', at " + in.getPath());
      }
      return field;
    }

    private void require(Seen seen, String path, String... fields) throws CorpusException {
      String missing = missing(seen, fields);
      if (missing != null) {
        throw missingField(missing, path);
      }
    }

    private static String missing(Seen seen, String... fields) {
      for (String field : fields) {
        if (!seen.contains(field)) {
          return field;
        }
      }
      return null;
    }

    private CorpusException missingField(String field, String path) {
      return fail("missing required field '" + field + "', at " + path);
    }

    /**
     * Checks the next value is of the expected kind. The path is made only for a message: it is a
     * string built anew on every call, and this runs for every value of the document.
     */
    private void expect(JsonToken expected) throws IOException, CorpusException {
      JsonToken actual = in.peek();
      if (actual != expected) {
        throw fail("expected " + kind(expected) + " but found " + kind(actual) + ", at " + in.getPath());
      }
    }

    /** Checks the next value is of the expected kind and returns its path, for later messages. */
    private String begin(JsonToken expected) throws IOException, CorpusException {
      String path = in.getPath();
      expect(expected);
      return path;
    }

    private String string() throws IOException, CorpusException {
      expect(JsonToken.STRING);
      return in.nextString();
    }

    private String origin() throws IOException, CorpusException {
      String value = string();
      if (!value.equals(Quote.BOLD) && !value.equals(Quote.EDITOR) && !value.equals(Quote.CURATED)) {
        throw fail("origin '" + abbreviate(value) + "' is not bold, editor or curated, at " + in.getPath());
      }
      return value;
    }

    private String optionalString() throws IOException, CorpusException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return string();
    }

    /** Ids appear on command lines and in refs, so they must be short, printable and space-free. */
    private String id() throws IOException, CorpusException {
      String value = string();
      if (!isId(value)) {
        throw fail("'" + abbreviate(value) + "' is not a valid id, at " + in.getPath());
      }
      return value;
    }

    private List<String> strings() throws IOException, CorpusException {
      expect(JsonToken.BEGIN_ARRAY);
      in.beginArray();
      List<String> values = new ArrayList<>();
      while (in.hasNext()) {
        values.add(string());
      }
      in.endArray();
      return values;
    }

    /** Numbers are object members, whose path is still the same once their value is read. */
    private int integer() throws IOException, CorpusException {
      expect(JsonToken.NUMBER);
      String literal = in.nextString();
      try {
        return Integer.parseInt(literal);
      } catch (NumberFormatException notPlain) {
        try {
          return new BigDecimal(literal).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
          throw fail("expected a whole number but found " + abbreviate(literal) + ", at " + in.getPath());
        }
      }
    }

    private int natural() throws IOException, CorpusException {
      int value = integer();
      if (value < 0) {
        throw fail("expected a number ≥ 0 but found " + value + ", at " + in.getPath());
      }
      return value;
    }

    private int positive() throws IOException, CorpusException {
      int value = integer();
      if (value < 1) {
        throw fail("expected a number ≥ 1 but found " + value + ", at " + in.getPath());
      }
      return value;
    }

    private Integer optionalPositive() throws IOException, CorpusException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      return positive();
    }

    private boolean bool() throws IOException, CorpusException {
      expect(JsonToken.BOOLEAN);
      return in.nextBoolean();
    }
  }

  /**
   * Whether {@code value} is an id: {@code [\p{L}\p{N}][\p{L}\p{N}._:-]{0,63}} in code points.
   * Checked by hand, as it is for every id of the document: a regular expression's matcher cost
   * more than all the rest of reading one.
   */
  static boolean isId(String value) {
    int count = 0;
    for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
      int c = value.codePointAt(i);
      boolean allowed = isLetterOrNumber(c) || (count > 0 && (c == '.' || c == '_' || c == ':' || c == '-'));
      if (!allowed || ++count > 64) {
        return false;
      }
    }
    return count > 0;
  }

  private static boolean isLetterOrNumber(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** Whether {@code id} is {@code section:index}, without building that string for every turn. */
  private static boolean isTurnId(String id, String section, int index) {
    int colon = section.length();
    if (id.length() <= colon + 1 || !id.startsWith(section) || id.charAt(colon) != ':'
        || id.charAt(colon + 1) == '0') {
      return false;
    }
    int value = 0;
    for (int i = colon + 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9' || value > index) {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    return value == index;
  }

  /**
   * The field names an object had so far. Objects have a handful of fields, so a few names compared
   * in turn are cheaper than hashing every one, which was a tenth of reading a large corpus; an
   * object with many more (hostile, or not a corpus) gets a hash set, so that checking stays linear.
   */
  private static final class Seen {
    private final String[] few = new String[16];
    private int size;
    private Set<String> many;

    boolean add(String name) {
      if (contains(name)) {
        return false;
      }
      if (many == null && size == few.length) {
        many = new HashSet<>(Arrays.asList(few));
      }
      if (many != null) {
        return many.add(name);
      }
      few[size++] = name;
      return true;
    }

    boolean contains(String name) {
      if (many != null) {
        return many.contains(name);
      }
      for (int i = 0; i < size; i++) {
        if (few[i].equals(name)) {
          return true;
        }
      }
      return false;
    }

    void clear() {
      size = 0;
      many = null;
    }
  }

  private static String kind(JsonToken token) {
    switch (token) {
      case BEGIN_OBJECT:
        return "an object";
      case BEGIN_ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "the end of " + (token == JsonToken.END_DOCUMENT ? "the document" : "a container");
    }
  }

  private static String abbreviate(String value) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    StringBuilder safe = new StringBuilder(shown.length());
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      safe.append(Character.isISOControl(c) ? '?' : c);
    }
    return safe.toString();
  }
}
