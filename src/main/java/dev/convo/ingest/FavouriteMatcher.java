package dev.convo.ingest;

/**
 * The editor quotes favourites loosely (a dropped "我认为", a missing "但"), so a favourite is linked
 * to the passage with the longest common subsequence of characters, if it shares enough of them.
 */
final class FavouriteMatcher {
  /** Below this share of common characters a favourite is not the passage, only about it. */
  static final double THRESHOLD = 0.75;

  private FavouriteMatcher() {}

  static double similarity(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int i = 1; i <= x.length(); i++) {
      for (int j = 1; j <= y.length(); j++) {
        current[j] = x.charAt(i - 1) == y.charAt(j - 1)
            ? previous[j - 1] + 1
            : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return (double) previous[y.length()] / Math.max(x.length(), y.length());
  }

  /** Punctuation and spacing differ between the editor's list and the dialogue; words do not. */
  private static String normalise(String s) {
    return s.replaceAll("[\\p{P}\\p{Z}\\s]", "");
  }
}
