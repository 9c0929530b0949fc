package dev.leakhunt.analyzer.diagnosis.parse;

import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.PathLink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the {@code jdk.OldObjectSample} events of a {@code .jfr} file and groups them by object
 * type and reference path to their GC root.
 */
public final class OldObjectSampleReader {
  /** The JFR event type this reader groups. */
  public static final String EVENT_NAME = "jdk.OldObjectSample";

  private static final int STACK_DEPTH = 12;

  private OldObjectSampleReader() {}

  /**
   * The groups of old-object samples in the recording, most samples first.
   *
   * @param code the application's packages, which name each group's line
   * @throws IOException when the file cannot be read or is not a JFR recording
   */
  public static List<OldObjectGroup> read(Path recording, ApplicationCode code) throws IOException {
    Map<String, List<Sample>> byPath = new LinkedHashMap<>();
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals(EVENT_NAME)) {
          continue;
        }
        RecordedObject object = event.getValue("object");
        if (object == null) {
          continue;
        }
        List<PathLink> links = ReferencePaths.links(object);
        Sample sample =
            new Sample(
                ReferencePaths.typeName(object),
                links,
                ReferencePaths.gcRoot(links, event.getValue("root")),
                code.shown(frames(event.getStackTrace()), STACK_DEPTH));
        // Full class names: two classes of one simple name in different packages stay apart.
        String key = links.stream().map(PathLink::canonical).collect(Collectors.joining(" <- "));
        byPath.computeIfAbsent(key, k -> new ArrayList<>()).add(sample);
      }
    }
    return byPath.values().stream()
        .map(samples -> group(samples, code))
        .sorted(
            Comparator.comparingInt(OldObjectGroup::sampleCount)
                .reversed()
                .thenComparing(OldObjectGroup::referencePath))
        .toList();
  }

  private static OldObjectGroup group(List<Sample> samples, ApplicationCode code) {
    Sample first = samples.get(0);
    List<String> stack = mostFrequent(samples, Sample::stack);
    return new OldObjectGroup(
        first.objectType(),
        ReferencePaths.text(first.links()),
        mostFrequent(samples, Sample::gcRoot),
        samples.size(),
        code.frame(stack),
        stack,
        first.links());
  }

  private static <T> T mostFrequent(List<Sample> samples, Function<Sample, T> key) {
    Map<T, Long> counts =
        samples.stream()
            .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** Every frame JFR recorded, innermost first. */
  static List<String> frames(RecordedStackTrace stackTrace) {
    if (stackTrace == null) {
      return List.of();
    }
    return stackTrace.getFrames().stream().map(OldObjectSampleReader::frame).toList();
  }

  /** {@code class.method:line}; JFR's hidden class names keep their suffix, to be recognized. */
  static String frame(RecordedFrame frame) {
    String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    return frame.getLineNumber() > 0 ? method + ":" + frame.getLineNumber() : method;
  }

  private record Sample(
      String objectType, List<PathLink> links, String gcRoot, List<String> stack) {}
}
