package dev.convo.corpus;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules on records as {@code ingest} builds them, without JSON: what a corpus file cannot get
 * wrong (the section, place and number the reader gives a turn, the section it files a quote
 * under) a program building records can, and is held to it too.
 */
class CorpusRulesTest {
  private static final Corpus BUNDLED = BundledCorpus.get();

  private static Corpus withSections(List<Section> sections) {
    return new Corpus(BUNDLED.metadata(), sections, BUNDLED.quotes(), BUNDLED.topics());
  }

  @Test
  void theBundledCorpusMeetsThem() {
    assertThatCode(() -> CorpusRules.check(BUNDLED, "b")).doesNotThrowAnyException();
  }

  @Test
  void aTurnNumberedWronglyIsRefused() {
    List<Section> sections = new ArrayList<>(BUNDLED.sections());
    Section first = sections.get(0);
    List<Turn> turns = new ArrayList<>(first.turns());
    Turn turn = turns.get(1);
    turns.set(1, new Turn(turn.id(), turn.section(), turn.index(), turn.seq() + 1, turn.speaker(),
        turn.paragraphs()));
    sections.set(0, new Section(first.id(), first.slug(), first.number(), first.title(), first.titleEn(),
        turns));
    assertThatThrownBy(() -> CorpusRules.check(withSections(sections), "b"))
        .isInstanceOf(CorpusException.class)
        .hasMessage("b: turn 1:2 is numbered as turn 1:2 (3 of the interview) but is 1:2 (2),"
            + " at $.sections[0].turns[1]");
  }

  @Test
  void aQuoteFiledUnderAnotherSectionIsRefused() {
    List<Quote> quotes = new ArrayList<>(BUNDLED.quotes());
    Quote q = quotes.get(0);
    quotes.set(0, new Quote(q.id(), q.turn(), "2", q.speaker(), q.paragraph(), q.start(), q.end(), q.text(),
        q.emphasised(), q.editorRank(), q.editorText(), q.origin(), q.topics()));
    Corpus corpus = new Corpus(BUNDLED.metadata(), BUNDLED.sections(), quotes, BUNDLED.topics());
    assertThatThrownBy(() -> CorpusRules.check(corpus, "b"))
        .hasMessage("b: quote is filed under section '2' but its turn is in section '1', at $.quotes[0]");
  }

  @Test
  void aQuoteOfAnUnknownOriginOrTopicIsRefused() {
    List<Quote> quotes = new ArrayList<>(BUNDLED.quotes());
    Quote q = quotes.get(0);
    quotes.set(0, new Quote(q.id(), q.turn(), q.section(), q.speaker(), q.paragraph(), q.start(), q.end(),
        q.text(), q.emphasised(), q.editorRank(), q.editorText(), "hearsay", q.topics()));
    Corpus origin = new Corpus(BUNDLED.metadata(), BUNDLED.sections(), quotes, BUNDLED.topics());
    assertThatThrownBy(() -> CorpusRules.check(origin, "b"))
        .hasMessage("b: origin 'hearsay' is not bold, editor or curated, at $.quotes[0].origin");
    quotes.set(0, new Quote(q.id(), q.turn(), q.section(), q.speaker(), q.paragraph(), q.start(), q.end(),
        q.text(), q.emphasised(), q.editorRank(), q.editorText(), q.origin(), List.of("board", "weather")));
    Corpus topic = new Corpus(BUNDLED.metadata(), BUNDLED.sections(), quotes, BUNDLED.topics());
    assertThatThrownBy(() -> CorpusRules.check(topic, "b"))
        .hasMessage("b: quote refers to unknown topic 'weather', at $.quotes[0].topics[1]");
  }

  @Test
  void aValueInAMessageIsShownEscapedAndCut() {
    List<Quote> quotes = new ArrayList<>(BUNDLED.quotes());
    Quote q = quotes.get(0);
    String hostile = "\u001b]0;PWNED\u0007" + "x".repeat(50);
    quotes.set(0, new Quote(q.id(), q.turn(), q.section(), q.speaker(), q.paragraph(), q.start(), q.end(),
        q.text(), q.emphasised(), q.editorRank(), q.editorText(), hostile, q.topics()));
    Corpus origin = new Corpus(BUNDLED.metadata(), BUNDLED.sections(), quotes, BUNDLED.topics());
    assertThatThrownBy(() -> CorpusRules.check(origin, "b"))
        .hasMessage("b: origin '\\x1b]0;PWNED\\x07" + "x".repeat(30)
            + "…' is not bold, editor or curated, at $.quotes[0].origin");
  }

  @Test
  void aTopicListingAnUnknownTurnIsRefused() {
    List<Topic> topics = new ArrayList<>(BUNDLED.topics());
    Topic t = topics.get(1);
    topics.set(1, new Topic(t.slug(), t.title(), t.titleZh(), t.aliases(), t.sections(), t.keywords(),
        List.of("1a:1", "1a:99"), t.names()));
    Corpus corpus = new Corpus(BUNDLED.metadata(), BUNDLED.sections(), BUNDLED.quotes(), topics);
    assertThatThrownBy(() -> CorpusRules.check(corpus, "b"))
        .hasMessage("b: topic refers to unknown turn '1a:99', at $.topics[1].turns[1]");
  }
}
