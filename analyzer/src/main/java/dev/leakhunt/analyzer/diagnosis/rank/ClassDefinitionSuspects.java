package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.ClassDefinitionGroup;
import dev.leakhunt.analyzer.diagnosis.model.FrameRole;
import dev.leakhunt.analyzer.diagnosis.model.JvmClassNames;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names a metaspace or class leak by what keeps being defined: the name pattern, the defining
 * loader type and the line that defines the classes, from the recording's class loading events.
 */
final class ClassDefinitionSuspects {
  private static final int MAX_SUSPECTS = 3;
  private final SuspectCriteria criteria;

  ClassDefinitionSuspects(SuspectCriteria criteria) {
    this.criteria = criteria;
  }

  /**
   * @param groups the recording's class definition groups, or null without JFR
   */
  List<Suspect> rank(String resource, List<ClassDefinitionGroup> groups) {
    if (groups == null) {
      return List.of();
    }
    List<Suspect> suspects = new ArrayList<>();
    for (ClassDefinitionGroup g :
        groups.stream()
            .filter(this::definedEnough)
            .sorted(
                Comparator.comparing((ClassDefinitionGroup g) -> g.applicationFrame() == null)
                    .thenComparing(Comparator.comparingInt(ClassDefinitionGroup::count).reversed()))
            .limit(MAX_SUSPECTS)
            .toList()) {
      suspects.add(
          Suspect.builder(
                  suspects.size() + 1, SuspectKind.CLASS_DEFINITION, g.namePattern(), resource)
              .growth(g.definedPerHour(), "classes")
              .instancesPerHour(g.definedPerHour())
              .evidence(
                  String.format(
                      "%,d %sclasses named %s defined by %s while the run was judged (%,.0f/h)%s; e.g."
                          + " %s",
                      g.count(),
                      g.hidden() ? "hidden " : "",
                      g.namePattern(),
                      g.loaderType(),
                      g.definedPerHour(),
                      g.applicationFrame() == null ? "" : ", at " + g.applicationFrame(),
                      g.exampleClassName()))
              .applicationFrame(FrameRole.DEFINES, g.applicationFrame())
              .stack(g.stack())
              .build());
    }
    return suspects;
  }

  private boolean definedEnough(ClassDefinitionGroup g) {
    boolean platform =
        g.applicationFrame() == null
            && JvmClassNames.isPlatformClass(g.namePattern().replace("/0x*", ""));
    return g.count() >= (platform ? 10 : 1) * criteria.minClassDefinitions();
  }
}
