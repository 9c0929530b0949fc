package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.watch.TargetHost;
import dev.leakhunt.contract.run.MachineInfo;
import dev.leakhunt.contract.run.RunIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a run's identity: the CI build's variables from the environment (Jenkins' {@code
 * BUILD_NUMBER}, {@code BUILD_URL}, {@code GIT_COMMIT}, {@code JOB_NAME}), then the user's {@code
 * --tag}s, which win over them, and this machine.
 */
final class RunIdentityCollector {
  /** Environment variables recorded as tags under their own names when set. */
  static final List<String> CI_VARIABLES =
      List.of("BUILD_NUMBER", "BUILD_URL", "GIT_COMMIT", "JOB_NAME");

  private RunIdentityCollector() {}

  /** The identity of a run tagged {@code tags} in {@code environment}, on this machine. */
  static RunIdentity collect(List<RunTag> tags, Map<String, String> environment) {
    Map<String, String> all = new LinkedHashMap<>();
    for (String variable : CI_VARIABLES) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        all.put(variable, value.strip());
      }
    }
    for (RunTag tag : tags) {
      all.put(tag.key(), tag.value());
    }
    return new RunIdentity(all, thisMachine());
  }

  static MachineInfo thisMachine() {
    return new MachineInfo(
        TargetHost.local(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
  }
}
