package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * Threads of one name pattern started while the recording ran, and the line that started most of
 * them: what a growing thread group is named by, rather than the line its threads wait in.
 *
 * @param namePattern the started threads' name pattern, digits as {@code #}
 * @param count starts recorded
 * @param applicationFrame the first application frame of the most common starting stack, or null
 * @param stack that stack, innermost frame first
 */
public record ThreadStartGroup(
    String namePattern, int count, String applicationFrame, List<String> stack) {
  public ThreadStartGroup {
    stack = List.copyOf(stack);
  }
}
