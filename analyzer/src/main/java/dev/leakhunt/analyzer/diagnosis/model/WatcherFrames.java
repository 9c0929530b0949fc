package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * Recognises the frames of the code that serves the watcher's own calls on the target: what the
 * readers drop from a recording and the triage sets apart, because the watching made it, not the
 * application.
 */
public final class WatcherFrames {
  /**
   * Packages of the code that serves the watcher's calls on the target: the diagnostic commands
   * ({@code DiagnosticCommandImpl}), the MBean server and its {@code MBean*Info} caches, the RMI
   * connector, JFR.
   */
  private static final List<String> WATCHER_PACKAGES =
      List.of(
          "javax.management.",
          "sun.management.",
          "com.sun.management.internal.",
          "com.sun.jmx.",
          "jdk.jfr.",
          "jdk.management.jfr.",
          "sun.rmi.",
          "java.rmi.");

  private WatcherFrames() {}

  /** Whether a stack runs through the code serving the watcher's JMX or JFR calls. */
  public static boolean inStack(List<String> stack) {
    return stack.stream().anyMatch(WatcherFrames::isWatcherFrame);
  }

  private static boolean isWatcherFrame(String frame) {
    String className = ApplicationFrames.className(frame);
    return WATCHER_PACKAGES.stream().anyMatch(className::startsWith);
  }
}
