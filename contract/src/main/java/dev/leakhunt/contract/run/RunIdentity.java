package dev.leakhunt.contract.run;

import java.util.Map;
import java.util.TreeMap;

/**
 * What was tested and where: the tags that name the service's version (from {@code --tag KEY=VALUE}
 * and the CI build's environment) and the machine the analyzer ran on. Runs are compared and
 * bisected by these, so they record the service under test, not the analyzer's own checkout.
 *
 * @param tags {@code KEY=VALUE} pairs, sorted by key; e.g. {@code version=1.4.2}, {@code
 *     GIT_COMMIT=...}, {@code BUILD_NUMBER=117}
 * @param machine the machine the analyzer ran on, or null when unknown (older run folders)
 */
public record RunIdentity(Map<String, String> tags, MachineInfo machine) {
  /** Tag keys, in order of preference, that name the tested version in one short label. */
  private static final String[] LABEL_KEYS = {
    "version", "commit", "GIT_COMMIT", "build", "BUILD_NUMBER"
  };

  public RunIdentity {
    tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
  }

  /** An identity with no tags and an unknown machine, for run folders that recorded none. */
  public static RunIdentity unknown() {
    return new RunIdentity(Map.of(), null);
  }

  /**
   * A short label of the tested version: the first of {@code version}, {@code commit}, {@code
   * GIT_COMMIT} (12 characters), {@code build}, {@code BUILD_NUMBER} (as {@code #117}) that is set,
   * or null when none is.
   */
  public String versionLabel() {
    for (String key : LABEL_KEYS) {
      String value = tags.get(key);
      if (value == null || value.isBlank()) {
        continue;
      }
      if (key.equals("BUILD_NUMBER")) {
        return "#" + value;
      }
      return key.equals("GIT_COMMIT") && value.length() > 12 ? value.substring(0, 12) : value;
    }
    return null;
  }
}
