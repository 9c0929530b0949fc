package dev.leakhunt.soak.load;

import java.util.ArrayList;
import java.util.List;

/**
 * One injector's part of a load split over several: which one it is, the common start and its own
 * feeder seed (so no two injectors send the same sequence of choices).
 *
 * @param index this injector, 1..count
 * @param count how many injectors share the arrival rate
 * @param startAtEpochMs when every injector starts injecting, epoch ms; null for injectors on one
 *     machine, which start together once the last is ready (a folder of ready marks)
 * @param seed this injector's feeder seed
 */
public record InjectorPlan(int index, int count, Long startAtEpochMs, long seed) {
  /** The folder of ready marks, beside the injectors' folders, when they start on one machine. */
  public static final String START_BARRIER_DIR = "start-barrier";

  /** Folder name of an injector's results inside the load folder. */
  public static final String FOLDER_PREFIX = "injector-";

  /** Validates the index. */
  public InjectorPlan {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "injector index must be between 1 and " + count + " (got " + index + ")");
    }
  }

  /** The plans of all {@code count} injectors: one start, seeds {@code baseSeed + index}. */
  public static List<InjectorPlan> all(int count, Long startAtEpochMs, long baseSeed) {
    List<InjectorPlan> plans = new ArrayList<>();
    for (int index = 1; index <= count; index++) {
      plans.add(new InjectorPlan(index, count, startAtEpochMs, baseSeed + index));
    }
    return List.copyOf(plans);
  }

  /** This injector's results folder name, {@code injector-<index>}. */
  public String folderName() {
    return FOLDER_PREFIX + index;
  }
}
