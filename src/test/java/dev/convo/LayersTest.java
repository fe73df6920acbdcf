package dev.convo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layering ARCHITECTURE.md describes, held by the compiled classes of src/main: a package uses
 * only packages of lower levels, JLine stays in the REPL, and no two packages depend on each other.
 */
class LayersTest {
  /** A package of dev.convo ({@code ""} is dev.convo itself) and its level: it may use lower ones. */
  private record Layer(String name, String pkg, int level) {}

  /** One line per package; a new package gets a line here, or the test fails. */
  private static final List<Layer> LAYERS = List.of(
      new Layer("text", "text", 0),
      new Layer("corpus", "corpus", 1),
      new Layer("ingest", "ingest", 2),
      new Layer("query", "query", 2),
      new Layer("render", "render", 3),
      new Layer("library", "library", 3),
      new Layer("cli", "cli", 4),
      new Layer("completion", "completion", 5),
      new Layer("manual", "manual", 5),
      new Layer("repl", "repl", 6),
      new Layer("main", "", 7));

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("dev.convo");

  private static String packageOf(Layer layer) {
    return layer.pkg().isEmpty() ? "dev.convo" : "dev.convo." + layer.pkg() + "..";
  }

  @Test
  void eachPackageUsesOnlyThoseBelowIt() {
    LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .ensureAllClassesAreContainedInArchitecture();
    for (Layer layer : LAYERS) {
      rule = rule.layer(layer.name()).definedBy(packageOf(layer));
    }
    for (Layer layer : LAYERS) {
      String[] below = LAYERS.stream().filter(other -> other.level() < layer.level())
          .map(Layer::name).toArray(String[]::new);
      rule = below.length == 0 ? rule.whereLayer(layer.name()).mayNotAccessAnyLayer()
          : rule.whereLayer(layer.name()).mayOnlyAccessLayers(below);
    }
    rule.check(MAIN);
  }

  /** JLine costs start-up time and native code: only the REPL, which needs a line editor, loads it. */
  @Test
  void onlyTheReplUsesJLine() {
    noClasses().that().resideOutsideOfPackage("dev.convo.repl..")
        .should().dependOnClassesThat().resideInAPackage("org.jline..")
        .check(MAIN);
  }

  @Test
  void noPackagesDependOnEachOther() {
    slices().matching("dev.convo.(*)..").should().beFreeOfCycles().check(MAIN);
  }
}
