package dev.convo.query;

import dev.convo.corpus.Corpus;
import dev.convo.corpus.Quote;
import dev.convo.corpus.SentenceBounds;
import dev.convo.corpus.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits turns into sentences, so that any line of the interview can stand in for a quote. Where a
 * sentence ends is {@link SentenceBounds}'s to say (never inside quotation marks or brackets); its
 * id is {@code TURN/N}, the N-th sentence of the turn counting from 1. Bare replies are sentences
 * too, so that ids count every one, but {@link #isDrawable} keeps them out of a draw.
 */
public final class Sentences {
  /** Fewer characters of text (letters and digits) than this is a bare reply: 当然。, Yes. */
  static final int MIN_TEXT_CHARS = 6;

  /** Words that say nothing on their own, however many of them a reply strings together. */
  private static final Set<String> INTERJECTIONS = Set.of(
      "嗯", "哦", "噢", "喔", "啊", "呃", "哇", "哈", "嘿", "唉", "呀", "呢", "吧", "嘛", "好", "对",
      "是", "是的", "是啊", "好的", "好吧", "当然", "没错", "确实", "对的", "对啊", "真的", "谢谢",
      "yes", "yeah", "yep", "no", "nope", "ok", "okay", "oh", "ah", "um", "uh", "hmm", "wow", "sure",
      "right", "well", "thanks", "haha");

  private Sentences() {}

  public static List<Quote> of(Corpus corpus) {
    List<Quote> sentences = new ArrayList<>();
    for (Turn turn : corpus.turns()) {
      sentences.addAll(of(turn));
    }
    return sentences;
  }

  public static List<Quote> of(Turn turn) {
    List<Quote> sentences = new ArrayList<>();
    for (int p = 0; p < turn.paragraphs().size(); p++) {
      String paragraph = turn.paragraphs().get(p);
      for (int[] span : SentenceBounds.of(paragraph)) {
        String text = paragraph.substring(paragraph.offsetByCodePoints(0, span[0]),
            paragraph.offsetByCodePoints(0, span[1]));
        sentences.add(new Quote(turn.id() + "/" + (sentences.size() + 1), turn.id(), turn.section(),
            turn.speaker(), p, span[0], span[1], text, false, null, null, null, List.of()));
      }
    }
    return sentences;
  }

  /**
   * Whether a sentence can stand alone as a quote: it starts with a word, a number or an opening
   * mark, and is more than a bare reply (at least {@link #MIN_TEXT_CHARS} letters and digits, and
   * not only interjections).
   */
  public static boolean isDrawable(Quote sentence) {
    String text = sentence.text();
    int first = text.codePointAt(0);
    if (!Character.isLetterOrDigit(first) && !isOpening(first)) {
      return false;
    }
    StringBuilder letters = new StringBuilder();
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int cp : text.codePoints().toArray()) {
      if (Character.isLetterOrDigit(cp)) {
        letters.appendCodePoint(Character.toLowerCase(cp));
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    if (letters.codePointCount(0, letters.length()) < MIN_TEXT_CHARS) {
      return false;
    }
    for (String w : words) {
      if (!isInterjections(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is one or more interjections run together ({@code 嗯嗯}, {@code 哈哈哈}). */
  private static boolean isInterjections(String word) {
    if (word.isEmpty()) {
      return true;
    }
    for (int end = word.length(); end > 0; end--) {
      if (INTERJECTIONS.contains(word.substring(0, end)) && isInterjections(word.substring(end))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpening(int cp) {
    int type = Character.getType(cp);
    return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
        || cp == '"';
  }
}
