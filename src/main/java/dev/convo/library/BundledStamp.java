package dev.convo.library;

import dev.convo.corpus.BundledCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * The bundled corpus's stamp, for its index: its length and CRC-32, which change with the
 * corpus whatever the jar's file times say.
 */
final class BundledStamp {
  private BundledStamp() {}

  static TurnIndex.Stamp get() {
    try (InputStream in = BundledCorpus.class.getResourceAsStream(BundledCorpus.RESOURCE)) {
      byte[] bytes = in.readAllBytes();
      CRC32 crc = new CRC32();
      crc.update(bytes);
      return new TurnIndex.Stamp(bytes.length, crc.getValue());
    } catch (IOException e) {
      throw new IllegalStateException("the bundled corpus is part of the jar", e);
    }
  }
}
