package dev.leakhunt.analyzer.diagnosis.parse;

import dev.leakhunt.analyzer.diagnosis.model.ClassDefinitionGroup;
import dev.leakhunt.analyzer.diagnosis.model.JvmClassNames;
import dev.leakhunt.analyzer.diagnosis.model.WatcherFrames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedClassLoader;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the class loading events of a recording ({@code jdk.ClassDefine}, and {@code
 * jdk.ClassLoad}, the only one JDK 17 emits for a hidden class) and groups the classes by name
 * pattern, defining loader type and defining line. The watcher's own calls (JMX, JFR) are left out.
 */
public final class ClassDefinitionReader {
  /** Event that names the defining loader of an ordinary class. */
  public static final String CLASS_DEFINE = "jdk.ClassDefine";

  /** Event that also covers hidden classes; its stack shows who asked for the class. */
  public static final String CLASS_LOAD = "jdk.ClassLoad";

  private static final int STACK_DEPTH = 16;
  private static final double MS_PER_HOUR = 3_600_000.0;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final String BOOT_LOADER = "<boot class loader>";

  private ClassDefinitionReader() {}

  /**
   * The groups, most classes first.
   *
   * @param recordingMs how long the recording ran, for the rate per hour
   * @param code the application's packages, which name each group's line
   * @throws IOException when the file cannot be read or is not a recording
   */
  public static List<ClassDefinitionGroup> read(
      Path recording, long recordingMs, ApplicationCode code) throws IOException {
    Set<Long> seen = new HashSet<>();
    Map<String, List<Definition>> byGroup = new LinkedHashMap<>();
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        String type = event.getEventType().getName();
        RecordedClass defined =
            type.equals(CLASS_DEFINE)
                ? event.getValue("definedClass")
                : type.equals(CLASS_LOAD) ? event.getValue("loadedClass") : null;
        if (defined == null || !seen.add(defined.getId())) {
          continue; // One class, once: a loaded class is often defined too.
        }
        List<String> stack =
            code.shown(OldObjectSampleReader.frames(event.getStackTrace()), STACK_DEPTH);
        if (WatcherFrames.inStack(stack)) {
          continue;
        }
        Definition d =
            new Definition(
                defined.getName(),
                namePattern(defined.getName()),
                JvmClassNames.hasHiddenSuffix(defined.getName()),
                loaderType(event, defined, type),
                code.frame(stack),
                stack);
        String key = d.pattern() + "|" + d.loaderType() + "|" + d.applicationFrame();
        byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
      }
    }
    double hours = Math.max(1, recordingMs) / MS_PER_HOUR;
    return byGroup.values().stream()
        .map(list -> group(list, hours))
        .sorted(
            Comparator.comparingInt(ClassDefinitionGroup::count)
                .reversed()
                .thenComparing(ClassDefinitionGroup::namePattern))
        .toList();
  }

  /**
   * The pattern of a class name: run-to-run parts gone, the digits of the simple name as {@code *},
   * a hidden class marked {@code /0x*}: {@code shop.Script123} is {@code shop.Script*}.
   */
  public static String namePattern(String jfrClassName) {
    boolean hidden = JvmClassNames.hasHiddenSuffix(jfrClassName);
    String stable = JvmClassNames.stableName(jfrClassName);
    int lastDot = stable.lastIndexOf('.');
    String simple = stable.substring(lastDot + 1);
    String pattern =
        stable.substring(0, lastDot + 1)
            + DIGITS.matcher(simple).replaceAll(Matcher.quoteReplacement("*"));
    return hidden ? pattern + "/0x*" : pattern;
  }

  private static String loaderType(RecordedEvent event, RecordedClass defined, String type) {
    RecordedClassLoader loader =
        type.equals(CLASS_DEFINE) || event.hasField("definingClassLoader")
            ? event.getValue("definingClassLoader")
            : null;
    if (loader == null) {
      loader = defined.getClassLoader();
    }
    if (loader == null && event.getStackTrace() != null) {
      // A hidden class shows no loader in JDK 17's event: it is its lookup class's, the caller of
      // the JDK's defining frames.
      for (RecordedFrame frame : event.getStackTrace().getFrames()) {
        RecordedClass caller = frame.getMethod().getType();
        if (!JvmClassNames.isPlatformClass(caller.getName())) {
          loader = caller.getClassLoader();
          break;
        }
      }
    }
    if (loader == null || loader.getType() == null) {
      return BOOT_LOADER;
    }
    return loader.getType().getName();
  }

  private static ClassDefinitionGroup group(List<Definition> definitions, double hours) {
    Definition first = definitions.get(0);
    List<String> stack =
        definitions.stream()
            .collect(
                Collectors.groupingBy(Definition::stack, LinkedHashMap::new, Collectors.counting()))
            .entrySet()
            .stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(List.of());
    return new ClassDefinitionGroup(
        first.pattern(),
        first.hidden(),
        first.loaderType(),
        definitions.size(),
        definitions.size() / hours,
        first.applicationFrame(),
        stack,
        first.className());
  }

  private record Definition(
      String className,
      String pattern,
      boolean hidden,
      String loaderType,
      String applicationFrame,
      List<String> stack) {}
}
