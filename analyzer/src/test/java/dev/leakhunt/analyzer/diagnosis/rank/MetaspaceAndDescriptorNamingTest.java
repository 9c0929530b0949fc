package dev.leakhunt.analyzer.diagnosis.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leakhunt.analyzer.diagnosis.RealOutputs;
import dev.leakhunt.analyzer.diagnosis.model.ClassDefinitionGroup;
import dev.leakhunt.analyzer.diagnosis.model.DescriptorGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.DescriptorSnapshot;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectKind;
import dev.leakhunt.analyzer.diagnosis.model.SuspectSummary;
import dev.leakhunt.analyzer.diagnosis.parse.ClassDefinitionReader;
import dev.leakhunt.analyzer.diagnosis.parse.DescriptorTables;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Metaspace leaks named by what keeps being defined (a real capture of {@code HiddenClassProgram}:
 * a hidden class per request, 4 per second), and descriptor leaks by what is open.
 */
class MetaspaceAndDescriptorNamingTest {
  private static final String PROGRAMS = "dev.leakhunt.analyzer.it.programs.";

  @Test
  void hiddenClassesPerRequestAreNamedByPatternLoaderAndDefiningLine() {
    Diagnosis d = RealOutputs.diagnosis("hidden-classes", Set.of("classes.loaded"));
    Suspect top = d.suspects().get(0);
    assertThat(top.kind()).isEqualTo(SuspectKind.CLASS_DEFINITION);
    assertThat(top.name()).isEqualTo(PROGRAMS + "HiddenClassProgram$GeneratedQuery/0x*");
    assertThat(top.applicationFrame()).isEqualTo(PROGRAMS + "HiddenClassProgram.compile:29");
    assertThat(top.stack())
        .anyMatch(f -> f.startsWith("java.lang.invoke.MethodHandles$Lookup.defineHiddenClass:"));
    ClassDefinitionGroup group = d.classDefinitions().get(0);
    assertThat(group.hidden()).isTrue();
    // A hidden class has its lookup class's loader.
    assertThat(group.loaderType()).isEqualTo("jdk.internal.loader.ClassLoaders$AppClassLoader");
    // 4 per second over the recording's 62 s: 248, plus what the slack of a loaded machine adds.
    assertThat(group.count()).isBetween(230, 300);
    assertThat(top.evidence()).startsWith(group.count() + " hidden classes named " + top.name());
    // The JDK's reflection accessors (the watcher's JMX calls inflate them) stay under their floor.
    assertThat(d.suspects()).noneMatch(s -> s.name().contains("GeneratedMethodAccessor"));
    assertThat(SuspectSummary.sentence(d.suspects()))
        .startsWith("Top suspects: " + top.name() + " +")
        .contains("classes/h (defined at " + PROGRAMS + "HiddenClassProgram.compile:29)");
  }

  @Test
  void namePatternsGroupGeneratedAndHiddenNames() {
    assertThat(ClassDefinitionReader.namePattern("shop.scripts.Script123"))
        .isEqualTo("shop.scripts.Script*");
    assertThat(ClassDefinitionReader.namePattern("v2.Foo+0x00007f95ec153000.1030390346"))
        .isEqualTo("v2.Foo/0x*");
    assertThat(ClassDefinitionReader.namePattern("shop.Orders$$Lambda$41+0x0000000800c0a000.77"))
        .isEqualTo("shop.Orders$$Lambda/0x*");
    assertThat(ClassDefinitionReader.namePattern("Script7")).isEqualTo("Script*");
  }

  @Test
  void cleanProgramNamesNoClassDefinitionEvenWithMetaspaceFailing() {
    // The watcher's own JMX calls load classes in the target during the window: never named.
    Diagnosis d = RealOutputs.diagnosis("records-clean", Set.of("metaspace.used"));
    assertThat(d.suspects()).isEmpty();
  }

  @Test
  void descriptorLeakNamesThePathAndSaysWhenTheOpeningStackIsUnknown() {
    DescriptorSnapshot before = new DescriptorSnapshot(0, List.of("/dev/null", "pipe"));
    DescriptorSnapshot after =
        new DescriptorSnapshot(
            60_000,
            List.of(
                "/dev/null",
                "pipe",
                "/opt/jdk/release",
                "/opt/jdk/release",
                "tcp6 accepted on 127.0.0.1:8080 ESTABLISHED"));
    List<DescriptorGroupGrowth> grown = DescriptorTables.rank(before, after);
    List<Suspect> suspects =
        new DescriptorSuspects(
                new SuspectCriteria(1 << 20, 1_000, 0.05, 5, 0.10, 5, 20, 200, 10, 50, 2))
            .rank("fd.open", grown, List.of());
    assertThat(suspects).extracting(Suspect::name).containsExactly("/opt/jdk/release");
    assertThat(suspects.get(0).growthPerHour()).isCloseTo(120.0, within(1e-9));
    assertThat(suspects.get(0).applicationFrame()).isNull();
    assertThat(suspects.get(0).evidence())
        .isEqualTo(
            "open descriptors on /opt/jdk/release grew from 0 to 2 (120/h); the opening stack is"
                + " not known: JDK 17's JFR records no file or socket open event and sampled no"
                + " object holding such a descriptor");
  }
}
