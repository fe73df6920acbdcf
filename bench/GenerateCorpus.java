import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import dev.convo.corpus.CorpusReader;
import dev.convo.corpus.CorpusWriter;
import dev.convo.corpus.Quote;
import dev.convo.corpus.Section;
import dev.convo.corpus.Topic;
import dev.convo.corpus.Turn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a synthetic corpus FACTOR times the size of the interview, for the scale benchmark:
 * {@code java -cp target/convo.jar bench/GenerateCorpus.java FACTOR OUT.json [OUT.txt]}.
 *
 * <p>Copy 1 is the interview itself, so every id a user knows still means the same thing. Each
 * further copy repeats the section layout under new ids ({@code 7.2}, {@code 7:3} → {@code 7.2:3})
 * with the real sentences shuffled and re-split into paragraphs of the real paragraphs' lengths,
 * so searches meet real Chinese text with real hit rates rather than one string repeated. Each
 * copy gets one quote per real quote (the first sentence of a turn by the same speaker in the same
 * section), and topics cover their sections in every copy. The result is read back with
 * {@link CorpusReader} before it is written, and the optional OUT.txt holds every paragraph, one a
 * line, for {@code rg} to search as a plain file.
 */
public final class GenerateCorpus {
  private static final Pattern SENTENCE = Pattern.compile("[^。！？!?]+[。！？!?]*[”」』）)]*");

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: GenerateCorpus FACTOR OUT.json [OUT.txt]");
      System.exit(2);
    }
    int factor = Integer.parseInt(args[0]);
    Corpus real = BundledCorpus.get();
    Corpus synthetic = generate(real, factor, new Random(factor));
    String json = CorpusWriter.toJson(synthetic);
    Path out = Path.of(args[1]);
    CorpusReader.read(json, out.toString());
    Files.writeString(out, json, StandardCharsets.UTF_8);
    if (args.length == 3) {
      List<String> lines = new ArrayList<>();
      for (Turn turn : synthetic.turns()) {
        lines.addAll(turn.paragraphs());
      }
      Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
    }
    System.out.printf("%s: %d sections, %d turns, %d quotes, %d bytes%n", out,
        synthetic.sections().size(), synthetic.turns().size(), synthetic.quotes().size(),
        Files.size(out));
  }

  static Corpus generate(Corpus real, int factor, Random random) {
    List<String> sentences = new ArrayList<>();
    for (Turn turn : real.turns()) {
      for (String paragraph : turn.paragraphs()) {
        Matcher m = SENTENCE.matcher(paragraph);
        while (m.find()) {
          if (!m.group().isBlank()) {
            sentences.add(m.group());
          }
        }
      }
    }
    int maxNumber = 0;
    for (Section section : real.sections()) {
      if (section.number() != null) {
        maxNumber = Math.max(maxNumber, section.number());
      }
    }
    List<Section> sections = new ArrayList<>(real.sections());
    List<Quote> quotes = new ArrayList<>(real.quotes());
    Deck deck = new Deck(sentences, random);
    for (int copy = 2; copy <= factor; copy++) {
      for (Section section : real.sections()) {
        String id = section.id() + "." + copy;
        List<Turn> turns = new ArrayList<>();
        for (Turn turn : section.turns()) {
          List<String> paragraphs = new ArrayList<>();
          for (String paragraph : turn.paragraphs()) {
            paragraphs.add(deck.paragraph(paragraph.codePointCount(0, paragraph.length())));
          }
          turns.add(new Turn(id + ":" + turn.index(), id, turn.index(), 0, turn.speaker(), paragraphs));
        }
        Integer number = section.number() == null ? null : section.number() + maxNumber * (copy - 1);
        sections.add(new Section(id, section.slug() + "-" + copy, number,
            section.title() + "（" + copy + "）", section.titleEn() + " (" + copy + ")", turns));
        for (Quote quote : real.quotes()) {
          if (!quote.section().equals(section.id())) {
            continue;
          }
          Turn turn = turns.stream().filter(t -> t.speaker().equals(quote.speaker())).findFirst()
              .orElse(turns.get(0));
          String paragraph = turn.paragraphs().get(0);
          Matcher m = SENTENCE.matcher(paragraph);
          String text = m.find() ? m.group() : paragraph;
          quotes.add(new Quote("q" + (quotes.size() + 1), turn.id(), id, turn.speaker(), 0, 0,
              text.codePointCount(0, text.length()), text, quote.emphasised(), null, null, quote.origin(),
              List.of()));
        }
      }
    }
    List<Topic> topics = new ArrayList<>();
    for (Topic topic : real.topics()) {
      List<String> topicSections = new ArrayList<>(topic.sections());
      for (int copy = 2; copy <= factor; copy++) {
        for (String section : topic.sections()) {
          topicSections.add(section + "." + copy);
        }
      }
      List<String> topicTurns = new ArrayList<>(topic.turns());
      for (int copy = 2; copy <= factor; copy++) {
        for (String turn : topic.turns()) {
          int colon = turn.lastIndexOf(':');
          topicTurns.add(turn.substring(0, colon) + "." + copy + turn.substring(colon));
        }
      }
      topics.add(new Topic(topic.slug(), topic.title(), topic.titleZh(), topic.aliases(),
          topicSections, topic.keywords(), topicTurns, topic.names()));
    }
    return new Corpus(real.metadata(), sections, quotes, topics, real.glossary());
  }

  /** The real sentences in random order, reshuffled whenever they run out. */
  private static final class Deck {
    private final List<String> sentences;
    private final Random random;
    private int next;

    Deck(List<String> sentences, Random random) {
      this.sentences = new ArrayList<>(sentences);
      this.random = random;
      Collections.shuffle(this.sentences, random);
    }

    /** Whole sentences up to about {@code length} code points, at least one. */
    String paragraph(int length) {
      StringBuilder paragraph = new StringBuilder();
      do {
        if (next == sentences.size()) {
          Collections.shuffle(sentences, random);
          next = 0;
        }
        paragraph.append(sentences.get(next++));
      } while (paragraph.codePointCount(0, paragraph.length()) < length);
      return paragraph.toString().strip();
    }
  }
}
