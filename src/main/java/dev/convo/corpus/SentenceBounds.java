package dev.convo.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the sentences of a paragraph begin and end, the one definition that ingest checks curated
 * quotes against and {@code quotes random --any} draws from. A sentence ends after 。！？!? or an
 * ellipsis, together with the terminators and closing marks that follow, but never inside
 * quotation marks or brackets (“”「」『』‘’ "…" （） ()), and never before a pause mark (，、：；)
 * that carries the sentence on ({@code ……，}). Spans are code-point offsets without the
 * surrounding white space.
 */
public final class SentenceBounds {
  private static final String TERMINATORS = "。！？!?…";
  private static final String OPENERS = "“「『‘（(";
  private static final String CLOSERS = "”」』’）)";
  private static final String PAUSES = "，、：；,:;";
  private static final int ASCII_QUOTE = '"';

  private SentenceBounds() {}

  /** The sentences of {@code paragraph} as {@code {start, end}} code-point offsets, in order. */
  public static List<int[]> of(String paragraph) {
    int[] cps = paragraph.codePoints().toArray();
    List<int[]> spans = new ArrayList<>();
    StringBuilder open = new StringBuilder();
    int start = 0;
    int i = 0;
    while (i < cps.length) {
      int c = cps[i];
      boolean candidate;
      if (c == ASCII_QUOTE && endsWith(open, ASCII_QUOTE)) {
        open.setLength(open.length() - 1);
        candidate = open.length() == 0 && i > 0 && isTerminator(cps[i - 1]);
      } else if (c == ASCII_QUOTE || OPENERS.indexOf(c) >= 0) {
        open.append((char) c);
        candidate = false;
      } else if (CLOSERS.indexOf(c) >= 0) {
        if (closes(open, c)) {
          open.setLength(open.length() - 1);
        }
        candidate = open.length() == 0 && i > 0 && isTerminator(cps[i - 1]);
      } else {
        candidate = open.length() == 0 && isTerminator(c);
      }
      i++;
      if (!candidate) {
        continue;
      }
      while (i < cps.length && (isTerminator(cps[i]) || closes(open, cps[i]))) {
        if (!isTerminator(cps[i])) {
          open.setLength(open.length() - 1);
        }
        i++;
      }
      if (i < cps.length && PAUSES.indexOf(cps[i]) >= 0) {
        continue;
      }
      add(spans, cps, start, i);
      start = i;
    }
    add(spans, cps, start, cps.length);
    return spans;
  }

  /** Whether a sentence of {@code paragraph} starts at code-point offset {@code start}. */
  public static boolean startsSentence(String paragraph, int start) {
    for (int[] span : of(paragraph)) {
      if (span[0] == start) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence of {@code paragraph} ends at code-point offset {@code end}. */
  public static boolean endsSentence(String paragraph, int end) {
    for (int[] span : of(paragraph)) {
      if (span[1] == end) {
        return true;
      }
    }
    return false;
  }

  /** Whether every quotation mark and bracket opened in {@code text} is closed in it, and no other. */
  public static boolean isBalanced(String text) {
    StringBuilder open = new StringBuilder();
    for (int c : text.codePoints().toArray()) {
      if (c == ASCII_QUOTE && endsWith(open, ASCII_QUOTE)) {
        open.setLength(open.length() - 1);
      } else if (c == ASCII_QUOTE || OPENERS.indexOf(c) >= 0) {
        open.append((char) c);
      } else if (CLOSERS.indexOf(c) >= 0) {
        if (!closes(open, c)) {
          return false;
        }
        open.setLength(open.length() - 1);
      }
    }
    return open.length() == 0;
  }

  private static boolean isTerminator(int c) {
    return TERMINATORS.indexOf(c) >= 0;
  }

  private static boolean endsWith(StringBuilder open, int c) {
    return open.length() > 0 && open.charAt(open.length() - 1) == c;
  }

  private static boolean closes(StringBuilder open, int closer) {
    int kind = CLOSERS.indexOf(closer);
    return kind >= 0 && endsWith(open, OPENERS.charAt(kind));
  }

  private static void add(List<int[]> into, int[] cps, int start, int end) {
    while (start < end && Character.isWhitespace(cps[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(cps[end - 1])) {
      end--;
    }
    if (start < end) {
      into.add(new int[] {start, end});
    }
  }
}
