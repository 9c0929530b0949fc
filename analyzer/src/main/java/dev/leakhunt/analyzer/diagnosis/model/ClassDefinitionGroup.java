package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * Classes defined while the run was judged that share a name pattern, a defining loader type and a
 * defining line: one thing that keeps making classes.
 *
 * @param namePattern the class name with the digits of its simple name as {@code *} ({@code
 *     Script123} is {@code Script*}) and a hidden class's address as {@code /0x*}
 * @param hidden whether the classes are hidden ({@code Lookup.defineHiddenClass}, lambdas)
 * @param loaderType the class of the loader that defines them, or {@code <boot class loader>}
 * @param count how many classes the recording saw defined
 * @param definedPerHour that count scaled to one hour of the recording
 * @param applicationFrame the first application frame of the defining stack (generated frames
 *     skipped), or null when every frame is the JDK's
 * @param stack the most frequent defining stack, innermost frame first
 * @param exampleClassName one class of the group, as JFR named it
 */
public record ClassDefinitionGroup(
    String namePattern,
    boolean hidden,
    String loaderType,
    int count,
    double definedPerHour,
    String applicationFrame,
    List<String> stack,
    String exampleClassName) {
  public ClassDefinitionGroup {
    stack = List.copyOf(stack);
  }
}
