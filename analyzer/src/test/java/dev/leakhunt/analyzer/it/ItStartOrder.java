package dev.leakhunt.analyzer.it;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order the analyzer's IT classes start in (analyzer-it/pom.xml runs four at a time), the same
 * on every machine: left to itself it is the file system's, which differs between machines.
 *
 * <p>How JUnit's fork-join pool takes them: the thread that hands the classes out first runs
 * SeveralTargetsIT (its tests run on that thread, one after another), then takes classes from the
 * end of this list, while the three other threads take them from its start. So the list starts with
 * the heavy classes (real shops under load) with light ones between them, in the order that ran
 * well on clean clones (2026-12-02); the rest get longer towards both ends, and the shortest, in
 * the middle, start last and fill the end. In the file system's order TargetDeathIT (about 100 s)
 * started last twice and ran alone for the build's last half minute. A replay of that run's class
 * times in this order: 643 s instead of 674 (the module's four threads need 636 s at the least);
 * the next clean clones took 621 and 607 s. Classes are named by their simple names; one not listed
 * here starts after these.
 */
public final class ItStartOrder implements ClassOrderer {
  private static final List<String> ORDER =
      List.of(
          "SeveralTargetsIT",
          "NativeMemoryIT",
          "RegressionEvidenceIT",
          "ResourceLeakIT",
          "HeapLeakIT",
          "TargetReplacedIT",
          "FrozenTargetIT",
          "WatchDiagnosisIT",
          // Seconds on a clean clone of 4b1c572, before TargetDeathIT and ExplicitGcDisabledIT
          // watched their targets at once (now 94 and 47); the three threads take these downwards:
          "CleanTargetIT", // 154
          "LeakNamingIT", // 126
          "TargetDeathIT", // 101
          "ExplicitGcDisabledIT", // 100
          "FullDiskIT", // 61
          "SslIT", // 61
          "SecureShopJmxIT", // 45
          "DiagnosisCollectorIT", // 44
          "AuthenticationIT", // 31
          "GcPauseLogIT", // 26
          "LiveProbeIT", // 5
          // and the fourth these upwards:
          "UsageErrorsIT", // 38
          "ConnectionLossIT", // 60
          "EarlyStopIT", // 84
          "ShopDiagnosisIT"); // 101

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparingInt(descriptor -> rank(descriptor.getTestClass().getSimpleName())));
  }

  private static int rank(String simpleName) {
    int rank = ORDER.indexOf(simpleName);
    return rank < 0 ? ORDER.size() : rank;
  }
}
