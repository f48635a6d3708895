package org.greenautoml.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of {@code shared/STYLE.md}, checked on the production classes of every module.
 *
 * <p>This test lives in {@code benchmarks} because that module sees every other one on its
 * classpath. Maven's module graph already keeps a module from compiling against modules it does
 * not declare; these rules also hold when someone adds a dependency to a pom by mistake.
 */
final class ModuleRulesTest {

  private static final String ERRORS = "org.greenautoml.errors..";
  private static final String ENERGY = "org.greenautoml.energy..";
  private static final String DATA = "org.greenautoml.data..";
  private static final String SEARCH = "org.greenautoml.search..";
  private static final String BENCH = "org.greenautoml.bench..";
  private static final String[] CORE = {
    "org.greenautoml",
    "org.greenautoml.engine..",
    "org.greenautoml.family..",
    "org.greenautoml.trial..",
    "org.greenautoml.cluster..",
    "org.greenautoml.report..",
    "org.greenautoml.select..",
    "org.greenautoml.export..",
    "org.greenautoml.cli.."
  };

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.greenautoml");
  }

  @Test
  void search_importsNothingFromTribuo() {
    noClasses()
        .that()
        .resideInAPackage(SEARCH)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.tribuo..")
        .allowEmptyShould(true)
        .check(production);
  }

  @Test
  void modules_dependOnlyOnModulesListedAboveThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("org.greenautoml..")
        .withOptionalLayers(true)
        .layer("errors").definedBy(ERRORS)
        .layer("energy-meter").definedBy(ENERGY)
        .layer("datasets").definedBy(DATA)
        .layer("search").definedBy(SEARCH)
        .layer("automl-core").definedBy(CORE)
        .layer("benchmarks").definedBy(BENCH)
        .whereLayer("benchmarks").mayNotBeAccessedByAnyLayer()
        .whereLayer("automl-core").mayOnlyBeAccessedByLayers("benchmarks")
        .whereLayer("search").mayOnlyBeAccessedByLayers("automl-core", "benchmarks")
        .whereLayer("datasets").mayOnlyBeAccessedByLayers("search", "automl-core", "benchmarks")
        .whereLayer("energy-meter")
        .mayOnlyBeAccessedByLayers("search", "automl-core", "benchmarks")
        .whereLayer("errors")
        .mayOnlyBeAccessedByLayers(
            "energy-meter", "datasets", "search", "automl-core", "benchmarks")
        .check(production);
  }

  @Test
  void energyMeterAndDatasets_importNoOtherProjectModule() {
    noClasses()
        .that()
        .resideInAPackage(ENERGY)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(DATA, SEARCH, BENCH)
        .allowEmptyShould(true)
        .check(production);
    noClasses()
        .that()
        .resideInAPackage(DATA)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ENERGY, SEARCH, BENCH)
        .allowEmptyShould(true)
        .check(production);
  }

  @Test
  void productionCode_neverUsesJavaSerializationStreams() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .areAssignableTo(ObjectInputStream.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(ObjectOutputStream.class)
        .allowEmptyShould(true)
        .check(production);
  }

  @Test
  void moduleInfo_everyLibraryModuleHasOne() {
    assertThat(ModuleExports.ofProject().modules())
        .containsExactlyInAnyOrder(
            "org.greenautoml.errors",
            "org.greenautoml.energy",
            "org.greenautoml.data",
            "org.greenautoml.search",
            "org.greenautoml");
  }

  /**
   * The fence: a public type of an exported package names, in a public or protected signature
   * (supertypes, fields, parameters, return types, type arguments, thrown exceptions), only public
   * types of exported packages, so that a user never receives a type they cannot name.
   */
  @Test
  void exportedPublicSignatures_nameNoInternalType() {
    noClasses().should(PublicSignatures.leakInternalTypes(ModuleExports.ofProject()))
        .allowEmptyShould(true)
        .check(production);
  }

  @Test
  void systemExit_isCalledOnlyFromACommandLineMain() {
    noClasses().should(callSystemExitOutsideCliMain()).allowEmptyShould(true).check(production);
  }

  private static ArchCondition<JavaClass>
      callSystemExitOutsideCliMain() {
    return new ArchCondition<>("call System.exit outside a command-line main method") {
      @Override
      public void check(
          JavaClass clazz, ConditionEvents events) {
        for (JavaMethodCall call : clazz.getMethodCallsFromSelf()) {
          boolean isExit =
              call.getTargetOwner().isEquivalentTo(System.class)
                  && call.getName().equals("exit");
          if (isExit && !isCliMain(call)) {
            events.add(SimpleConditionEvent.satisfied(clazz, call.getDescription()));
          }
        }
      }
    };
  }

  private static boolean isCliMain(JavaMethodCall call) {
    var origin = call.getOrigin();
    return origin.getName().equals("main")
        && origin.getModifiers().contains(JavaModifier.STATIC)
        && origin.getOwner().getPackageName().endsWith(".cli");
  }

  /**
   * {@code docs/architecture.md} names real classes: every name in backticks that looks like a
   * type ({@code SearchRun}, {@code SearchResult.load}) and is not named with another library's
   * package is a production class, or a test class
   * whose source is in the tree, so the walk from {@code GreenAutoML.search} to {@code
   * report.html} stays true when classes are renamed or moved.
   */
  @Test
  void architectureDoc_everyTypeInBackticks_isAClassOfTheProject() throws java.io.IOException {
    java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("user.dir")).getParent();
    java.nio.file.Path doc = root.resolve("docs").resolve("architecture.md");
    java.util.regex.Matcher type = java.util.regex.Pattern
        .compile("`((?:[a-z]+\\.)*)([A-Z][a-z][A-Za-z0-9]*)")
        .matcher(java.nio.file.Files.readString(doc));
    java.util.Set<String> named = new java.util.TreeSet<>();
    while (type.find()) {
      // a type named with another library's package (`com.hazelcast...X`) is not ours to check
      if (type.group(1).isEmpty() || type.group(1).startsWith("org.greenautoml.")) {
        named.add(type.group(2));
      }
    }
    java.util.Set<String> classes = new java.util.HashSet<>();
    production.forEach(c -> classes.add(c.getSimpleName()));
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
      files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith("Test.java"))
          .forEach(f -> classes.add(f.substring(0, f.length() - ".java".length())));
    }
    assertThat(named).hasSizeGreaterThan(50);
    assertThat(named).as("types named in %s that are no class of the project", doc)
        .allSatisfy(name -> assertThat(classes).contains(name));
  }
}
