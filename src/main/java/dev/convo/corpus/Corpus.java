package dev.convo.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole interview, immutable. Lookups by id are indexed once here so that every query can be a
 * plain map access; neither {@link CorpusReader} nor {@code ingest} hands out an instance before
 * {@link CorpusRules} has found every id unique and every reference resolving. Built on every
 * start-up, so it avoids lambdas: the first one in a process costs milliseconds of method-handle
 * bootstrapping.
 */
public final class Corpus {
  public static final int SCHEMA_VERSION = 1;

  private final Metadata metadata;
  private final List<Section> sections;
  private final List<Quote> quotes;
  private final List<Topic> topics;
  private final List<GlossaryEntry> glossary;
  private final List<Turn> turns;
  private final Map<String, Section> sectionsById = new LinkedHashMap<>();
  private final Map<String, Turn> turnsById = new LinkedHashMap<>();
  private final Map<String, Quote> quotesById = new LinkedHashMap<>();
  private final Map<String, Speaker> speakersById = new LinkedHashMap<>();
  private final Map<String, List<Quote>> quotesByTurn = new LinkedHashMap<>();

  /** A corpus without a glossary: search expands no word. */
  public Corpus(Metadata metadata, List<Section> sections, List<Quote> quotes, List<Topic> topics) {
    this(metadata, sections, quotes, topics, List.of());
  }

  public Corpus(Metadata metadata, List<Section> sections, List<Quote> quotes, List<Topic> topics,
      List<GlossaryEntry> glossary) {
    this.metadata = Objects.requireNonNull(metadata);
    this.sections = List.copyOf(sections);
    this.quotes = List.copyOf(quotes);
    this.topics = List.copyOf(topics);
    this.glossary = List.copyOf(glossary);
    List<Turn> allTurns = new ArrayList<>();
    for (Speaker speaker : metadata.speakers()) {
      speakersById.put(speaker.id(), speaker);
    }
    for (Section section : this.sections) {
      sectionsById.put(section.id(), section);
      for (Turn turn : section.turns()) {
        turnsById.put(turn.id(), turn);
        allTurns.add(turn);
      }
    }
    this.turns = List.copyOf(allTurns);
    for (Quote quote : this.quotes) {
      quotesById.put(quote.id(), quote);
      List<Quote> inTurn = quotesByTurn.get(quote.turn());
      if (inTurn == null) {
        inTurn = new ArrayList<>();
        quotesByTurn.put(quote.turn(), inTurn);
      }
      inTurn.add(quote);
    }
  }

  public Metadata metadata() {
    return metadata;
  }

  public List<Section> sections() {
    return sections;
  }

  public List<Quote> quotes() {
    return quotes;
  }

  public List<Topic> topics() {
    return topics;
  }

  /** The words search expands into the forms the text uses. */
  public List<GlossaryEntry> glossary() {
    return glossary;
  }

  /** Every turn of the interview in reading order. */
  public List<Turn> turns() {
    return turns;
  }

  public List<Speaker> speakers() {
    return metadata.speakers();
  }

  public Optional<Section> section(String id) {
    return Optional.ofNullable(sectionsById.get(id));
  }

  public Optional<Turn> turn(String id) {
    return Optional.ofNullable(turnsById.get(id));
  }

  public Optional<Quote> quote(String id) {
    return Optional.ofNullable(quotesById.get(id));
  }

  public Optional<Speaker> speaker(String id) {
    return Optional.ofNullable(speakersById.get(id));
  }

  /** The section a turn belongs to; every turn has one. */
  public Section sectionOf(Turn turn) {
    return sectionsById.get(turn.section());
  }

  /** The quotes inside a turn, key and curated, in corpus order. */
  public List<Quote> quotesIn(Turn turn) {
    return Collections.unmodifiableList(quotesByTurn.getOrDefault(turn.id(), List.of()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Corpus that
        && metadata.equals(that.metadata)
        && sections.equals(that.sections)
        && quotes.equals(that.quotes)
        && topics.equals(that.topics)
        && glossary.equals(that.glossary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metadata, sections, quotes, topics, glossary);
  }
}
