package dev.convo.repl;

import dev.convo.corpus.Turn;
import java.util.List;
import java.util.Optional;

/**
 * Where the reader is: the conversation, the turn read last in it, and after a search, which of
 * its hits. Reading on goes in the conversation's own order, so a topic is a place to start from,
 * not a fence; after a search, {@code next} and {@code prev} step through the hits in the order
 * printed, across conversations, until a command other than the reading commands runs.
 */
final class Reading {
  /** A turn and the place it is in: a search's hit, or where a command leaves reading. */
  record Spot(Place place, Turn turn) {}

  private Place place;
  private List<Turn> turns;
  private int position = -1;
  private String query;
  private List<Spot> hits = List.of();
  /** The hit read last, -1 before the first. */
  private int hit = -1;

  Reading(Place place) {
    restart(place);
  }

  /** Reading starts over in {@code place}: nothing read yet, {@code next} reads its first turn. */
  void restart(Place place) {
    this.place = place;
    this.turns = place.corpus().turns();
    this.position = -1;
  }

  Place place() {
    return place;
  }

  Optional<Turn> current() {
    return position < 0 ? Optional.empty() : Optional.of(turns.get(position));
  }

  void moveTo(Turn turn) {
    moveTo(new Spot(place, turn));
  }

  void moveTo(Spot spot) {
    int index = spot.place().corpus().turns().indexOf(spot.turn());
    if (index < 0) {
      throw new IllegalArgumentException("turn " + spot.turn().id() + " is not in this corpus");
    }
    place = spot.place();
    turns = place.corpus().turns();
    position = index;
  }

  /** The {@code count} turns after the current one (fewer at the end of the conversation). */
  List<Turn> following(int count) {
    int from = position + 1;
    return turns.subList(from, from + Math.min(count, turns.size() - from));
  }

  Optional<Turn> previous() {
    return position > 0 ? Optional.of(turns.get(position - 1)) : Optional.empty();
  }

  /** A search for {@code query} found {@code hits}: next steps through them, if there are any. */
  void searched(String query, List<Spot> hits) {
    this.query = query;
    this.hits = List.copyOf(hits);
    this.hit = -1;
  }

  /** Reading goes on in the conversation's order again. */
  void endSearch() {
    searched(null, List.of());
  }

  boolean stepping() {
    return !hits.isEmpty();
  }

  String query() {
    return query;
  }

  /** The {@code count} hits after the one read last (fewer after the last hit). */
  List<Spot> nextHits(int count) {
    int from = hit + 1;
    return hits.subList(from, from + Math.min(count, hits.size() - from));
  }

  /** The hit before the one read last, if there is one. */
  Optional<Spot> previousHit() {
    return hit > 0 ? Optional.of(hits.get(hit - 1)) : Optional.empty();
  }

  /** Reads {@code step} hits on (or back, when negative) and moves to the hit then read. */
  void stepHits(int step) {
    hit += step;
    moveTo(hits.get(hit));
  }

  /** Hit k (from 1) of n, 0 before the first. */
  int hitNumber() {
    return hit + 1;
  }

  int hitCount() {
    return hits.size();
  }

  /**
   * The prompt's part: {@code 7:3} once something has been read, nothing before; after a search,
   * {@code 12 hits} until the first is read, then {@code hit 1/12}.
   */
  String label() {
    String turn = current().map(Turn::id).orElse("");
    if (!stepping()) {
      return turn;
    }
    String hits = hit < 0 ? hitCount() + (hitCount() == 1 ? " hit" : " hits") : "hit " + hitNumber() + "/" + hitCount();
    return turn.isEmpty() ? hits : turn + " " + hits;
  }
}
