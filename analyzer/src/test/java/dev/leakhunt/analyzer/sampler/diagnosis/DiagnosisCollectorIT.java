package dev.leakhunt.analyzer.sampler.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leakhunt.analyzer.diagnosis.DiagnosisAssembler;
import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.DiagnosisEvidence;
import dev.leakhunt.analyzer.diagnosis.model.LoaderGrowth;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectKind;
import dev.leakhunt.analyzer.diagnosis.model.ThreadGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.rank.SuspectCriteria;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real child JVMs watched over real remote JMX: each leaks one kind of resource (or none) and the
 * diagnosis must name what leaks, where it was allocated and what holds it.
 */
class DiagnosisCollectorIT {
  private static final Set<String> EVERY_RESOURCE_FAILS =
      Set.of("heap.live", "threads.live", "metaspace.used", "buffer.direct.used");
  private static final long WARMUP_MS = 1_500;
  private static final long RUN_MS = 6_000;

  @TempDir Path outDir;

  @Test
  void staticCollectionLeakNamesItsClassWithFactoryFrameAndRootPath() throws Exception {
    DiagnosisOptions options = new DiagnosisOptions(true, true, true, true, true, null);
    Diagnosis diagnosis;
    String heapDump;
    try (LeakyChild child = LeakyChild.start("heap")) {
      DiagnosisCollector collector = new DiagnosisCollector(child.connection(), options);
      DiagnosisEvidence evidence = watch(collector);
      diagnosis =
          new DiagnosisAssembler(SuspectCriteria.defaults())
              .assemble(evidence, Set.of("heap.live"));
      heapDump = collector.dumpHeapIfWanted(outDir);
    }
    String leaked = LeakedOrder.class.getName();
    List<Suspect> top3 = diagnosis.suspects().stream().limit(3).toList();
    assertThat(top3).extracting(Suspect::name).contains(leaked);
    Suspect suspect = top3.stream().filter(s -> s.name().equals(leaked)).findFirst().orElseThrow();
    assertThat(suspect.kind()).isEqualTo(SuspectKind.HEAP_CLASS);
    assertThat(suspect.applicationFrame())
        .as("JFR groups: %s", diagnosis.oldObjectGroups())
        .startsWith(OrderFactory.class.getName() + ".newOrder:");
    // JFR samples at TLAB refills: they hit the 528-byte payloads or the 24-byte orders, so the
    // group is the orders' own or their payloads', held through the order.
    assertThat(suspect.referencePath())
        .matches(
            "(LeakedOrder|byte\\[\\] <- LeakedOrder\\.payload)"
                + " <- Object\\[\\] <- ArrayList\\.elementData <- static LeakyProgram\\.RETAINED_ORDERS");
    assertThat(suspect.gcRoot()).isEqualTo("static field LeakyProgram.RETAINED_ORDERS");
    assertThat(suspect.stack())
        .anyMatch(f -> f.startsWith(OrderFactory.class.getName() + ".newOrder:"));

    ClassGrowth growth =
        diagnosis.classGrowth().stream()
            .filter(g -> g.className().equals(leaked))
            .findFirst()
            .orElseThrow();
    // 200 orders per ~20 ms for RUN_MS: at least 10,000 even on a loaded machine.
    assertThat(growth.instancesGrowth()).isGreaterThan(10_000);
    // A LeakedOrder is 24 bytes shallow (12 header + int + compressed reference), exactly.
    assertThat(growth.bytesGrowth()).isEqualTo(24 * growth.instancesGrowth());
    long elapsedMs =
        diagnosis.histograms().get(1).takenAtMs() - diagnosis.histograms().get(0).takenAtMs();
    assertThat(suspect.growthPerHour())
        .isCloseTo(growth.bytesGrowth() * 3_600_000.0 / elapsedMs, within(1e-6));
    assertThat(diagnosis.histograms())
        .extracting(h -> h.durationMs())
        .allMatch(ms -> ms >= 0 && ms < 5_000);

    assertThat(outDir.resolve(DiagnosisCollector.JFR_FILE)).isNotEmptyFile();
    assertThat(diagnosis.jfrFile()).isEqualTo(DiagnosisCollector.JFR_FILE);
    assertThat(heapDump).endsWith(".hprof");
    assertThat(Path.of(heapDump)).isNotEmptyFile();
    assertThat(diagnosis.notes()).isEmpty();
  }

  @Test
  void threadLeakNamesTheGroupByTheLineStartingItsThreadsAndWhereTheyWait() throws Exception {
    Diagnosis diagnosis = diagnose("threads");
    Suspect suspect = first(diagnosis, SuspectKind.THREAD_GROUP);
    assertThat(suspect.name()).isEqualTo("report-worker-#");
    // The program starts a thread every 20 ms up to 400, so the recording (from 1.5 s to 7.5 s)
    // always sees some start: the suspect is named by the line that starts them.
    String program = LeakyProgram.class.getName();
    assertThat(suspect.applicationFrame())
        .as(suspect.evidence())
        .startsWith(program + ".leakThread:");
    assertThat(suspect.stack()).anyMatch(f -> f.startsWith(program + ".leakThread:"));
    assertThat(suspect.evidence())
        .contains("started at " + suspect.applicationFrame())
        .contains("WAITING in " + program + ".awaitForever(");
    ThreadGroupGrowth group = diagnosis.threadGroups().get(0);
    assertThat(group.namePattern()).isEqualTo("report-worker-#");
    assertThat(group.countGrowth())
        .isEqualTo(group.countAfter() - group.countBefore())
        .isGreaterThan(50);
    assertThat(diagnosis.suspects()).noneMatch(s -> s.kind() == SuspectKind.HEAP_CLASS);
  }

  @Test
  void classLoaderLeakNamesTheLoaderType() throws Exception {
    Diagnosis diagnosis = diagnose("classloader");
    Suspect suspect = first(diagnosis, SuspectKind.CLASS_LOADER);
    assertThat(suspect.name()).isEqualTo(PluginLoader.class.getName());
    LoaderGrowth growth = diagnosis.classLoaders().get(0);
    assertThat(growth.loaderType()).isEqualTo(PluginLoader.class.getName());
    // Each PluginLoader defines exactly one class of its own; a loader created but not yet
    // defining at the moment of a snapshot may shift the two counts by one.
    assertThat(growth.loadersGrowth()).isGreaterThan(100);
    assertThat(growth.classesGrowth()).isCloseTo(growth.loadersGrowth(), within(1L));
  }

  @Test
  void cleanProgramNamesNoSuspectEvenWhenEveryResourceIsSaidToFail() throws Exception {
    Diagnosis diagnosis = diagnose("clean");
    assertThat(diagnosis.suspects()).isEmpty();
    assertThat(diagnosis.histograms()).hasSize(2);
    assertThat(diagnosis.directMemory().known()).isFalse();
    assertThat(outDir.resolve(DiagnosisCollector.JFR_FILE)).isNotEmptyFile();
  }

  private Diagnosis diagnose(String scenario) throws Exception {
    try (LeakyChild child = LeakyChild.start(scenario)) {
      DiagnosisCollector collector =
          new DiagnosisCollector(child.connection(), DiagnosisOptions.defaults());
      return new DiagnosisAssembler(SuspectCriteria.defaults())
          .assemble(watch(collector), EVERY_RESOURCE_FAILS);
    }
  }

  private DiagnosisEvidence watch(DiagnosisCollector collector) throws InterruptedException {
    Thread.sleep(WARMUP_MS);
    collector.atWarmupEnd();
    Thread.sleep(RUN_MS);
    DiagnosisEvidence evidence = collector.atRunEnd(outDir);
    assertThat(Files.exists(outDir)).isTrue();
    return evidence;
  }

  private static Suspect first(Diagnosis diagnosis, SuspectKind kind) {
    return diagnosis.suspects().stream()
        .filter(s -> s.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " suspect in " + diagnosis));
  }
}
