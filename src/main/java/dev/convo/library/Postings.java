package dev.convo.library;

import java.util.Arrays;

/** Lists of turn ordinals, ascending and without repeats, as an index's postings hold them. */
final class Postings {
  private Postings() {}

  /** The ordinals in both {@code a} and {@code b}. */
  static int[] intersect(int[] a, int[] b) {
    int[] both = new int[Math.min(a.length, b.length)];
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        both[n++] = a[i];
        i++;
        j++;
      }
    }
    return Arrays.copyOf(both, n);
  }

  /** The ordinals in {@code a} or {@code b}. */
  static int[] union(int[] a, int[] b) {
    int[] either = new int[a.length + b.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        either[n++] = a[i++];
      } else if (i == a.length || b[j] < a[i]) {
        either[n++] = b[j++];
      } else {
        either[n++] = a[i++];
        j++;
      }
    }
    return Arrays.copyOf(either, n);
  }
}
