package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.JvmClassNames;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.PathLink;
import java.util.Comparator;
import java.util.List;

/** Finds the JFR old-object group that explains a class. */
final class OldObjectGroups {
  private OldObjectGroups() {}

  /**
   * The group that best shows where the class's objects come from: groups of the class itself
   * before groups whose path passes through it (its {@code byte[]} payload, say), a group with an
   * allocation frame in the application before one without, then the most samples; null when no
   * group mentions the class.
   */
  static OldObjectGroup bestFor(String className, List<OldObjectGroup> groups) {
    if (groups == null) {
      return null;
    }
    String simple = JvmClassNames.simpleName(className);
    Comparator<OldObjectGroup> preference =
        Comparator.comparing((OldObjectGroup g) -> g.applicationFrame() != null)
            .thenComparing(g -> g.objectType().equals(className))
            .thenComparingInt(OldObjectGroup::sampleCount);
    return groups.stream()
        .filter(g -> g.objectType().equals(className) || passesThrough(g.referencePath(), simple))
        .max(preference)
        .orElse(null);
  }

  private static boolean passesThrough(String path, String simpleName) {
    for (String link : path.split(PathLink.LINK)) {
      String owner = link.startsWith("static ") ? link.substring("static ".length()) : link;
      if (owner.equals(simpleName) || owner.startsWith(simpleName + ".")) {
        return true;
      }
    }
    return false;
  }
}
