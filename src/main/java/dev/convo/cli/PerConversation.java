package dev.convo.cli;

import dev.convo.corpus.Corpus;
import dev.convo.query.QueryException;
import dev.convo.render.Part;
import dev.convo.render.Renderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a command found in each conversation of its {@link LibraryScope}, in the scope's order, and
 * how it prints as one list: each conversation's part through a renderer of its own corpus, which
 * names the conversation and qualifies ids where several are in play. For the root's corpus alone
 * it is one part, printed through the one renderer of that corpus, exactly as before the library.
 *
 * @param <T> what was found in one conversation
 */
record PerConversation<T>(LibraryScope scope, List<Found<T>> found) {
  /** What was found in the conversation {@code conversation} (null: the root's corpus alone), of {@code corpus}. */
  record Found<T>(String conversation, Corpus corpus, T value) {}

  /** What a command finds in one corpus. */
  @FunctionalInterface
  interface Finder<T> {
    T find(Corpus corpus) throws QueryException;
  }

  PerConversation {
    found = List.copyOf(found);
  }

  /** {@code finder}'s answer in each conversation of {@code scope}; {@code corpus} is the root's. */
  static <T> PerConversation<T> find(LibraryScope scope, Corpus corpus, Finder<T> finder) throws QueryException {
    if (scope.single()) {
      return new PerConversation<>(scope, List.of(new Found<>(null, corpus, finder.find(corpus))));
    }
    List<Found<T>> found = new ArrayList<>();
    for (String name : scope.names()) {
      Corpus conversation = scope.corpus(name);
      found.add(new Found<>(name, conversation, finder.find(conversation)));
    }
    return new PerConversation<>(scope, found);
  }

  /** Like {@link #find}, leaving out the conversations where {@code finder} finds nothing. */
  static <T> PerConversation<T> findWhere(LibraryScope scope, Corpus corpus, Finder<Optional<T>> finder)
      throws QueryException {
    List<Found<T>> found = new ArrayList<>();
    for (Found<Optional<T>> one : find(scope, corpus, finder).found()) {
      if (one.value().isPresent()) {
        found.add(new Found<>(one.conversation(), one.corpus(), one.value().get()));
      }
    }
    return new PerConversation<>(scope, found);
  }

  /**
   * Leaves out the conversations where what was found is {@code empty}, unless it is empty in them
   * all: a JSON array that several renderers print in turn can end only after a part with records.
   */
  PerConversation<T> leavingOut(Predicate<T> empty) {
    List<Found<T>> kept = new ArrayList<>();
    for (Found<T> one : found) {
      if (!empty.test(one.value())) {
        kept.add(one);
      }
    }
    return kept.isEmpty() ? this : new PerConversation<>(scope, kept);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** What was found, one per conversation. */
  List<T> values() {
    List<T> values = new ArrayList<>(found.size());
    for (Found<T> one : found) {
      values.add(one.value());
    }
    return values;
  }

  /** Prints each conversation's part with {@code print}, given what was found in that one alone. */
  void print(Output out, BiConsumer<Renderer, PerConversation<T>> print) {
    print(out, print, null);
  }

  /**
   * Prints each conversation's part with {@code print}, given what was found in that one alone; then,
   * where several are in play, {@code closing} as the list's last part (null: none), through a
   * renderer of no one conversation.
   */
  void print(Output out, BiConsumer<Renderer, PerConversation<T>> print, Consumer<Renderer> closing) {
    if (scope.single()) {
      print.accept(out.renderer(found.get(0).corpus()), this);
      return;
    }
    List<Corpus> corpora = new ArrayList<>(found.size());
    for (Found<T> one : found) {
      corpora.add(one.corpus());
    }
    boolean closes = closing != null && scope.qualified();
    for (int i = 0; i < found.size(); i++) {
      Found<T> one = found.get(i);
      Part part = new Part(i == 0, i == found.size() - 1 && !closes, corpora);
      print.accept(out.renderer(one.corpus(), one.conversation(), scope.qualified(), part),
          new PerConversation<>(scope, List.of(one)));
    }
    if (closes) {
      Corpus last = corpora.get(corpora.size() - 1);
      closing.accept(out.renderer(last, null, false, new Part(false, true, corpora)));
    }
  }
}
