package dev.leakhunt.analyzer.compare;

import dev.leakhunt.contract.run.Outcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Two runs of several targets compared target by target, matched by name: the worst of the targets'
 * comparisons (a regression in any fails), with a reason naming each target that regressed.
 *
 * @param outcome FAIL when any target regressed; INCONCLUSIVE when none did but a target could not
 *     be compared (or is in one run only); else PASS
 * @param reason names each target that regressed, then each not compared, then those without
 *     regression
 * @param targets one comparison per target name: the run's targets in order, then the baseline's
 *     own
 */
public record TargetsComparison(Outcome outcome, String reason, List<Target> targets) {
  public TargetsComparison {
    targets = List.copyOf(targets);
  }

  /**
   * One target's comparison.
   *
   * @param name the target's name
   * @param outcome its comparison's outcome; INCONCLUSIVE when it is in one run only
   * @param reason its comparison's reason, or why it was not compared
   * @param comparison its comparison, or null when it is in one run only
   */
  public record Target(String name, Outcome outcome, String reason, RunComparison comparison) {}

  /** Compares the runs' targets of one name. */
  @FunctionalInterface
  public interface PairComparer {
    RunComparison compare(String name) throws IOException;
  }

  /**
   * Compares the targets both runs have, by name, and notes those only one has.
   *
   * @param baselineNames the baseline's target names
   * @param runNames the run's target names
   */
  public static TargetsComparison compare(
      List<String> baselineNames, List<String> runNames, PairComparer comparer) throws IOException {
    List<Target> targets = new ArrayList<>();
    for (String name : runNames) {
      if (baselineNames.contains(name)) {
        RunComparison comparison = comparer.compare(name);
        targets.add(new Target(name, comparison.outcome(), comparison.reason(), comparison));
      } else {
        targets.add(
            new Target(
                name,
                Outcome.INCONCLUSIVE,
                "not in the baseline, so nothing to compare it with",
                null));
      }
    }
    for (String name : baselineNames) {
      if (!runNames.contains(name)) {
        targets.add(new Target(name, Outcome.INCONCLUSIVE, "in the baseline only", null));
      }
    }
    return of(targets);
  }

  /** The combined comparison of these targets' comparisons. */
  static TargetsComparison of(List<Target> targets) {
    boolean regressed = targets.stream().anyMatch(t -> t.outcome() == Outcome.FAIL);
    boolean undecided = targets.stream().anyMatch(t -> t.outcome() == Outcome.INCONCLUSIVE);
    Outcome outcome = regressed ? Outcome.FAIL : undecided ? Outcome.INCONCLUSIVE : Outcome.PASS;
    List<String> parts = new ArrayList<>();
    targets.stream()
        .filter(t -> t.outcome() == Outcome.FAIL)
        .forEach(t -> parts.add(t.name() + " regressed: " + t.reason()));
    targets.stream()
        .filter(t -> t.outcome() == Outcome.INCONCLUSIVE)
        .forEach(t -> parts.add(t.name() + " not decided: " + t.reason()));
    List<String> unchanged =
        targets.stream().filter(t -> t.outcome() == Outcome.PASS).map(Target::name).toList();
    if (!unchanged.isEmpty()) {
      parts.add("no regression in " + String.join(", ", unchanged));
    }
    return new TargetsComparison(outcome, String.join(" | ", parts), targets);
  }
}
