package dev.leakhunt.analyzer.diagnosis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the JFR old-object group that explains a class. */
final class OldObjectGroups {
  private OldObjectGroups() {}

  /**
   * The group with most samples whose objects are of the class, else the one whose reference path
   * passes through the class (its {@code byte[]} payload, say); null when none does.
   */
  static OldObjectGroup bestFor(String className, List<OldObjectGroup> groups) {
    if (groups == null) {
      return null;
    }
    Optional<OldObjectGroup> sameType =
        groups.stream()
            .filter(g -> g.objectType().equals(className))
            .max(Comparator.comparingInt(OldObjectGroup::sampleCount));
    if (sameType.isPresent()) {
      return sameType.get();
    }
    String simple = JvmClassNames.simpleName(className);
    return groups.stream()
        .filter(g -> passesThrough(g.referencePath(), simple))
        .max(Comparator.comparingInt(OldObjectGroup::sampleCount))
        .orElse(null);
  }

  private static boolean passesThrough(String path, String simpleName) {
    for (String link : path.split(ReferencePaths.LINK)) {
      String owner = link.startsWith("static ") ? link.substring("static ".length()) : link;
      if (owner.equals(simpleName) || owner.startsWith(simpleName + ".")) {
        return true;
      }
    }
    return false;
  }
}
