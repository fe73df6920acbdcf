package dev.convo.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.convo.corpus.BundledCorpus;
import dev.convo.corpus.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingTest {
  private final Corpus corpus = BundledCorpus.get();

  private Reading.Spot spot(String id) {
    return new Reading.Spot(Place.home(corpus), corpus.turn(id).orElseThrow());
  }

  @Test
  void thePromptShowsWhichHitIsRead() {
    Reading reading = new Reading(Place.home(corpus));
    assertThat(Banner.prompt(reading, null)).isEqualTo("convo> ");
    reading.searched("算力", List.of(spot("8:8"), spot("5:18")));
    assertThat(Banner.prompt(reading, null)).isEqualTo("convo 2 hits> ");
    reading.stepHits(1);
    assertThat(Banner.prompt(reading, null)).isEqualTo("convo 8:8 hit 1/2> ");
    reading.stepHits(1);
    assertThat(Banner.prompt(reading, null)).isEqualTo("convo 5:18 hit 2/2> ");
    assertThat(reading.nextHits(1)).isEmpty();
    reading.endSearch();
    assertThat(Banner.prompt(reading, null)).isEqualTo("convo 5:18> ");
  }
}
