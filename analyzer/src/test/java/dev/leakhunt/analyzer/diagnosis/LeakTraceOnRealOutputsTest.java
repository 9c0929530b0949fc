package dev.leakhunt.analyzer.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.LeakTrace;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.TraceNode;
import dev.leakhunt.analyzer.diagnosis.rank.TraceFingerprint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Leak traces of real programs watched by the analyzer (see {@code capture-naming.sh}): each keeps
 * 1 KiB per request in its own way and churns short-lived garbage on the same request threads, so a
 * wrong answer (the churn's {@code byte[]}, a lambda frame) is possible.
 */
class LeakTraceOnRealOutputsTest {
  private static final String PROGRAMS = "dev.leakhunt.analyzer.it.programs.";
  private static final Set<String> HEAP = Set.of("heap.live");

  @Test
  void staticListOfRecordsInTheUnnamedPackageNamesTheRecordAndItsLine() {
    Diagnosis d = RealOutputs.diagnosis("records", HEAP);
    Suspect top = d.suspects().get(0);
    assertThat(top.name()).isEqualTo("RecordsWorkload$Record");
    assertThat(top.applicationFrame()).isEqualTo("RecordsWorkload.retainRecord:41");
    LeakTrace trace = top.trace();
    assertThat(trace.accumulationPoint()).isEqualTo("static RecordsWorkload.RETAINED");
    assertThat(trace.fingerprintSource()).isEqualTo("static RecordsWorkload.RETAINED");
    assertThat(trace.fingerprint())
        .isEqualTo(TraceFingerprint.of("static RecordsWorkload.RETAINED"));
    // 26 payloads, 3 records and the list's backing array: one leak.
    assertThat(trace.sampleCount()).isEqualTo(30);
    assertThat(trace.ownerInstancesBefore()).isLessThan(trace.ownerInstancesAfter());
    assertThat(trace.ownerInstancesAfter() - trace.ownerInstancesBefore())
        .as("40 records/s for the 62 s between the histograms")
        .isBetween(2_000L, 2_600L);
    assertNoSuspectNamesTheChurn(d.suspects(), "RecordsWorkload.churn");
    // byte[] grew most, but only as the records' payloads: it is not named on its own.
    assertThat(d.suspects()).extracting(Suspect::name).doesNotContain("byte[]");
    // The churn's one sample was garbage not yet collected.
    assertThat(d.oldObjectTriage().unreachableSamples()).isEqualTo(1);
    assertThat(d.oldObjectGroups()).noneMatch(g -> g.referencePath().equals("byte[]"));
  }

  @Test
  void staticMapKeyedPerRequestNamesTheSessionNotItsStringKeys() {
    Diagnosis d = RealOutputs.diagnosis("session-map", HEAP);
    Suspect top = d.suspects().get(0);
    assertThat(top.name()).isEqualTo(PROGRAMS + "SessionMapProgram$Session");
    assertThat(top.applicationFrame()).isEqualTo(PROGRAMS + "SessionMapProgram.openSession:23");
    assertThat(top.trace().accumulationPoint()).isEqualTo("static SessionMapProgram.SESSIONS");
    assertThat(top.trace().path())
        .extracting(TraceNode::text)
        .containsExactly(
            "static SessionMapProgram.SESSIONS",
            "ConcurrentHashMap.table",
            "ConcurrentHashMap$Node[]",
            "ConcurrentHashMap$Node.val",
            "SessionMapProgram$Session.state",
            "byte[]");
    // The map's keys and its table are the same leak: one trace, one suspect.
    assertThat(d.suspects()).filteredOn(s -> s.trace() != null).hasSize(1);
    assertNoSuspectNamesTheChurn(d.suspects(), "RequestLoop.churn");
    // The watcher's RMI connection buffers are its own footprint, not a suspect's evidence.
    assertThat(d.oldObjectTriage().watcherSamples()).isEqualTo(2);
    assertThat(d.oldObjectGroups()).noneMatch(g -> g.gcRoot().contains("RMI TCP Connection"));
  }

  @Test
  void threadLocalOfAPoolThreadNamesItsCacheClassAndTheLineThatFillsIt() {
    Diagnosis d = RealOutputs.diagnosis("thread-local", HEAP);
    Suspect top = d.suspects().get(0);
    assertThat(top.name()).isEqualTo(PROGRAMS + "ThreadLocalCacheProgram$RequestCache");
    assertThat(top.applicationFrame())
        .isEqualTo(PROGRAMS + "ThreadLocalCacheProgram.cacheResponse:26");
    LeakTrace trace = top.trace();
    assertThat(trace.accumulationPoint()).isEqualTo("ThreadLocalCacheProgram$RequestCache.entries");
    // Held by the pool thread's own fields, not its stack: a leak, whichever thread holds it.
    assertThat(trace.gcRoot()).startsWith("Threads / Handle Area (Thread Name: request-");
    assertThat(trace.fingerprintSource())
        .isEqualTo(
            "Threads / Handle Area -> java.lang.Thread.threadLocals"
                + " -> java.lang.ThreadLocal$ThreadLocalMap.table"
                + " -> java.lang.ThreadLocal$ThreadLocalMap$Entry[]"
                + " -> java.lang.ThreadLocal$ThreadLocalMap$Entry.value"
                + " -> "
                + PROGRAMS
                + "ThreadLocalCacheProgram$RequestCache.entries");
    // The caches of both pool threads share the fingerprint: one trace.
    assertThat(d.suspects()).filteredOn(s -> s.trace() != null).hasSize(1);
    // RequestCache does not grow (one per thread): the byte[] it holds does, and is the figure.
    assertThat(top.evidence()).startsWith("byte[] grew from ");
    assertNoSuspectNamesTheChurn(d.suspects(), "RequestLoop.churn");
  }

  @Test
  void listenerListOfAJdkApiNamesTheListenerAndTheLineThatAddsIt() {
    Diagnosis d = RealOutputs.diagnosis("listeners", HEAP);
    Suspect top = d.suspects().get(0);
    assertThat(top.name()).isEqualTo(PROGRAMS + "ListenerProgram$PriceWatcher");
    assertThat(top.applicationFrame()).isEqualTo(PROGRAMS + "ListenerProgram.watchPrices:30");
    assertThat(top.trace().accumulationPoint()).isEqualTo("static ListenerProgram.PRICES");
    assertThat(top.trace().path().get(0).text()).isEqualTo("static ListenerProgram.PRICES");
    assertThat(top.trace().ownerInstancesAfter() - top.trace().ownerInstancesBefore())
        .isBetween(2_000L, 2_600L);
    assertNoSuspectNamesTheChurn(d.suspects(), "RequestLoop.churn");
  }

  @Test
  void cleanProgramNamesNothingEvenWhenEveryResourceIsSaidToFail() {
    Diagnosis d =
        RealOutputs.diagnosis(
            "records-clean",
            Set.of("heap.live", "metaspace.used", "classes.loaded", "buffer.direct.used"));
    assertThat(d.suspects()).isEmpty();
  }

  private static void assertNoSuspectNamesTheChurn(List<Suspect> suspects, String churnMethod) {
    assertThat(suspects)
        .allSatisfy(
            s -> {
              assertThat(s.applicationFrame()).doesNotContain(churnMethod);
              assertThat(s.stack()).noneMatch(f -> f.contains(churnMethod));
            });
  }
}
