package dev.convo.corpus;

import dev.convo.Main;

/**
 * convo's own main, run in a child JVM by {@link DialogueDecodingIT}: as the process exits it
 * prints to standard error how many paragraphs of the bundled dialogue the command decoded, of
 * how many.
 */
final class DecodedDialogue {
  private DecodedDialogue() {}

  public static void main(String[] args) {
    Runtime.getRuntime().addShutdownHook(new Thread(DecodedDialogue::report));
    Main.main(args);
  }

  private static void report() {
    int decoded = 0;
    int total = 0;
    for (Turn turn : BundledCorpus.get().turns()) {
      decoded += ((PackedStrings) turn.paragraphs()).decodedCount();
      total += turn.paragraphs().size();
    }
    System.err.println("decoded " + decoded + " of " + total);
  }
}
