package dev.convo.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The table {@link Simplified} reads is ICU's Traditional-Simplified transform, character by
 * character, over the BMP's ideographs. {@code -Dregenerate=true} writes it afresh:
 * {@code mvn -q -o test -Dtest=SimplifiedTableTest -Dregenerate=true}.
 */
class SimplifiedTableTest {
  private static final Path TABLE = Path.of("src/main/resources" + Simplified.RESOURCE);

  /** What ICU makes of each ideograph that it maps to one other BMP character. */
  static String generate() {
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    StringBuilder traditional = new StringBuilder();
    StringBuilder simplified = new StringBuilder();
    for (char c = Simplified.FIRST; c <= Simplified.LAST; c++) {
      if (!Character.isIdeographic(c)) {
        continue;
      }
      String to = toSimplified.transliterate(String.valueOf(c));
      if (to.length() == 1 && to.charAt(0) != c) {
        traditional.append(c);
        simplified.append(to.charAt(0));
      }
    }
    return "# ICU " + VersionInfo.ICU_VERSION + " Traditional-Simplified, one character to one;"
        + " made by SimplifiedTableTest, not by hand\n" + traditional + "\n" + simplified + "\n";
  }

  @Test
  void theTableIsWhatIcuMakes() throws IOException {
    String generated = generate();
    if (Boolean.getBoolean("regenerate")) {
      Files.writeString(TABLE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(TABLE, StandardCharsets.UTF_8)).isEqualTo(generated);
  }

  @Test
  void foldsTheTraditionalFormsReadersType() {
    assertThat(Simplified.fold("計算能力")).isEqualTo("计算能力");
    assertThat(Simplified.fold("董事會")).isEqualTo("董事会");
    assertThat(Simplified.fold("計算 GPT")).isEqualTo("计算 GPT");
    String simplified = "我认为计算能力将成为未来的货币";
    assertThat(Simplified.fold(simplified)).isSameAs(simplified);
  }
}
