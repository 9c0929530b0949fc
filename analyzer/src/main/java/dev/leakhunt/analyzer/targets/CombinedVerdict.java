package dev.leakhunt.analyzer.targets;

import dev.leakhunt.contract.run.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The verdict of a watch of several targets: the worst of the targets' outcomes (FAIL over
 * INCONCLUSIVE over PASS), with a reason that names each target that did not pass.
 *
 * @param outcome the worst outcome of the targets
 * @param reason names each failing, then each inconclusive target with its own reason, then the
 *     targets that passed
 * @param targets one line per target, in the order they were given
 * @param startMs when sampling started, ms since the epoch (the same for every target)
 * @param endMs when sampling ended, ms since the epoch, or null when unknown
 * @param stoppedEarlyAtMs the earliest early stop of a target, or null when none stopped early
 */
public record CombinedVerdict(
    Outcome outcome,
    String reason,
    List<TargetVerdict> targets,
    long startMs,
    Long endMs,
    Long stoppedEarlyAtMs) {
  /** Between the parts of the reason: a target's own reason may hold semicolons. */
  public static final String SEPARATOR = " | ";

  public CombinedVerdict {
    targets = List.copyOf(targets);
  }

  /** The combined verdict of these targets' verdicts. */
  public static CombinedVerdict of(List<TargetVerdict> targets, long startMs, Long endMs) {
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("a combined verdict needs at least one target");
    }
    Outcome worst = Outcome.PASS;
    Long stoppedEarly = null;
    for (TargetVerdict target : targets) {
      worst = worse(worst, target.outcome());
      if (target.stoppedEarlyAtMs() != null
          && (stoppedEarly == null || target.stoppedEarlyAtMs() < stoppedEarly)) {
        stoppedEarly = target.stoppedEarlyAtMs();
      }
    }
    return new CombinedVerdict(worst, reason(targets), targets, startMs, endMs, stoppedEarly);
  }

  /** The more severe of two outcomes: FAIL, then INCONCLUSIVE, then PASS. */
  public static Outcome worse(Outcome a, Outcome b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(Outcome outcome) {
    return switch (outcome) {
      case PASS -> 0;
      case INCONCLUSIVE -> 1;
      case FAIL -> 2;
    };
  }

  /**
   * {@code shop-2 FAIL: <its reason> | shop-3 INCONCLUSIVE: <its reason> | PASS: shop-1}: failing
   * targets first, so the verdict line names the instance that leaks.
   */
  static String reason(List<TargetVerdict> targets) {
    List<String> parts = new ArrayList<>();
    for (Outcome outcome : List.of(Outcome.FAIL, Outcome.INCONCLUSIVE)) {
      for (TargetVerdict target : targets) {
        if (target.outcome() == outcome) {
          parts.add(target.name() + " " + outcome + ": " + target.reason());
        }
      }
    }
    List<String> passed =
        targets.stream().filter(t -> t.outcome() == Outcome.PASS).map(TargetVerdict::name).toList();
    if (!passed.isEmpty()) {
      parts.add(
          (passed.size() == targets.size() ? "all " + targets.size() + " targets " : "")
              + "PASS: "
              + String.join(", ", passed));
    }
    return String.join(SEPARATOR, parts);
  }

  /** The target of this name, or null. */
  public TargetVerdict target(String name) {
    return targets.stream().filter(t -> Objects.equals(t.name(), name)).findFirst().orElse(null);
  }
}
