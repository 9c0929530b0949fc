package dev.leakhunt.analyzer.diagnosis.parse;

import dev.leakhunt.analyzer.diagnosis.model.ThreadNamePattern;
import dev.leakhunt.analyzer.diagnosis.model.ThreadStartGroup;
import dev.leakhunt.analyzer.diagnosis.model.WatcherFrames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the {@code jdk.ThreadStart} events of a recording: JDK 17 records each with the stack of
 * the thread that called {@code start()} (verified), which names the code that keeps starting
 * threads. Grouped by the started thread's name pattern, as the thread snapshots are; starts from
 * the watcher's own calls (JMX, RMI) are left out.
 */
public final class ThreadStartReader {
  /** The event, enabled with its stack trace in the diagnosis recording. */
  public static final String THREAD_START = "jdk.ThreadStart";

  private static final int STACK_DEPTH = 16;

  private ThreadStartReader() {}

  /**
   * The groups, most starts first.
   *
   * @param code the application's packages, which name each group's line
   * @throws IOException when the file cannot be read or is not a recording
   */
  public static List<ThreadStartGroup> read(Path recording, ApplicationCode code)
      throws IOException {
    Map<String, List<List<String>>> stacksByPattern = new LinkedHashMap<>();
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals(THREAD_START)) {
          continue;
        }
        RecordedThread started = event.getThread("thread");
        if (started == null || started.getJavaName() == null || event.getStackTrace() == null) {
          continue;
        }
        List<String> stack =
            code.shown(OldObjectSampleReader.frames(event.getStackTrace()), STACK_DEPTH);
        if (WatcherFrames.inStack(stack)) {
          continue;
        }
        stacksByPattern
            .computeIfAbsent(ThreadNamePattern.of(started.getJavaName()), k -> new ArrayList<>())
            .add(stack);
      }
    }
    return stacksByPattern.entrySet().stream()
        .map(e -> group(e.getKey(), e.getValue(), code))
        .sorted(Comparator.comparingInt(ThreadStartGroup::count).reversed())
        .toList();
  }

  private static ThreadStartGroup group(
      String pattern, List<List<String>> stacks, ApplicationCode code) {
    List<String> common =
        stacks.stream()
            .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()))
            .entrySet()
            .stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(List.of());
    return new ThreadStartGroup(pattern, stacks.size(), code.frame(common), common);
  }
}
