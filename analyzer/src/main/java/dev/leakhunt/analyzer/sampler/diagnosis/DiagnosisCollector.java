package dev.leakhunt.analyzer.sampler.diagnosis;

import dev.leakhunt.analyzer.diagnosis.model.ClassDefinitionGroup;
import dev.leakhunt.analyzer.diagnosis.model.ClassHistogram;
import dev.leakhunt.analyzer.diagnosis.model.DescriptorSnapshot;
import dev.leakhunt.analyzer.diagnosis.model.DiagnosisEvidence;
import dev.leakhunt.analyzer.diagnosis.model.LoaderSnapshot;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.ThreadSnapshot;
import dev.leakhunt.analyzer.diagnosis.model.ThreadStartGroup;
import dev.leakhunt.analyzer.diagnosis.parse.ApplicationCode;
import dev.leakhunt.analyzer.diagnosis.parse.ClassDefinitionReader;
import dev.leakhunt.analyzer.diagnosis.parse.OldObjectSampleReader;
import dev.leakhunt.analyzer.diagnosis.parse.ThreadStartReader;
import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.contract.text.ErrorText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

/**
 * Gathers what names a leak from the target over its JMX connection, with no agent: snapshots at
 * the end of warm-up, a JFR old-object recording in between, snapshots at the end of the run. A
 * part that cannot run (JFR missing, no permission, target gone) leaves a note saying why and the
 * others go on. Not thread-safe: call it from the run's thread.
 */
public final class DiagnosisCollector {
  /** The recording's file name in the output folder. */
  public static final String JFR_FILE = RunFiles.OLD_OBJECTS_JFR;

  private final DiagnosisOptions options;
  private MBeanServerConnection connection;
  private DiagnosticCommands commands;
  private final List<String> notes = new ArrayList<>();

  private boolean warmupEndSeen;
  private ClassHistogram histogramAtWarmupEnd;
  private ThreadSnapshot threadsAtWarmupEnd;
  private LoaderSnapshot loadersAtWarmupEnd;
  private DescriptorTableCollector descriptorTable;
  private DescriptorSnapshot descriptorsAtWarmupEnd;
  private OldObjectRecording recording;
  private long recordingStartMs;
  private ApplicationCode applicationCode = ApplicationCode.UNKNOWN;

  public DiagnosisCollector(MBeanServerConnection connection, DiagnosisOptions options) {
    this.connection = connection;
    this.options = options;
    this.commands = new DiagnosticCommands(connection);
  }

  /**
   * Goes on through a new connection to the same target (the first was lost); the snapshots taken
   * and the recording started on the target are kept.
   */
  public void useConnection(MBeanServerConnection newConnection) {
    this.connection = newConnection;
    this.commands = new DiagnosticCommands(newConnection);
    if (recording != null) {
      recording = attempt("reattaching the JFR recording", () -> recording.reattach(newConnection));
    }
  }

  /**
   * Exercises each enabled part once, early in warm-up, so that the classes they load in the target
   * (JFR's own, the diagnostic command and thread dump machinery: a few hundred) are loaded before
   * the judged window and do not read as metaspace growth. Failures are left to the real attempts
   * to report.
   */
  public void prime() {
    if (options.jfr()) {
      primeStep(
          () -> {
            if (!connection.isRegistered(new ObjectName(OldObjectRecording.MBEAN_NAME))) {
              return null;
            }
            // Start, stop and stream a recording: each step loads its own classes in the target.
            Path scratch = Files.createTempFile("leakhunt-prime", ".jfr");
            try {
              // Without root paths: stopping then walks no heap, so the target does not pause.
              OldObjectRecording.start(connection, OldObjectRecording.SETTINGS_WITHOUT_ROOT_PATHS)
                  .stopAndSave(scratch);
            } finally {
              Files.deleteIfExists(scratch);
            }
            return null;
          });
    }
    if (options.classLoaders()) {
      primeStep(() -> commands.run(ClassLoaderStatsCollector.OPERATION));
    }
    if (options.threads()) {
      primeStep(() -> new ThreadSnapshotCollector(connection).take());
    }
  }

  /**
   * The application's packages from the target's main class; unknown (every frame outside the JDK
   * counts as the application's) when the target does not say.
   */
  private ApplicationCode applicationCode() {
    try {
      return ApplicationCode.ofMainClass(MainClassProbe.of(connection));
    } catch (IOException | RuntimeException e) {
      return ApplicationCode.UNKNOWN;
    }
  }

  private static void primeStep(Step<?> step) {
    try {
      step.run();
    } catch (Exception e) {
      // Priming is best effort: the real attempt at warm-up end reports what fails.
    }
  }

  /** Takes the first snapshots and starts the JFR recording. Call once, when warm-up ends. */
  public void atWarmupEnd() {
    warmupEndSeen = true;
    if (options.histograms()) {
      histogramAtWarmupEnd = attempt("class histogram at warm-up end", this::histogram);
    } else {
      notes.add("class histograms were turned off (--no-histograms)");
    }
    if (options.threads()) {
      threadsAtWarmupEnd = attempt("thread dump at warm-up end", this::threads);
    } else {
      notes.add("thread dumps were turned off (--no-thread-dumps)");
    }
    if (options.classLoaders()) {
      loadersAtWarmupEnd = attempt("class loader statistics at warm-up end", this::loaders);
    } else {
      notes.add("class loader statistics were turned off (--no-classloader-stats)");
    }
    // Only a local target's descriptor table can be read; a remote one leaves a note.
    descriptorTable =
        attempt(
            "reading the open descriptors", () -> DescriptorTableCollector.forTarget(connection));
    if (descriptorTable != null) {
      descriptorsAtWarmupEnd =
          attempt("open descriptors at warm-up end", () -> descriptorTable.take());
    }
    if (options.jfr()) {
      recording = attempt("JFR old-object recording", this::startRecording);
      applicationCode = applicationCode();
    } else {
      notes.add("JFR old-object sampling was turned off (--no-jfr)");
    }
  }

  /**
   * Takes the last snapshots, saves the recording as {@link #JFR_FILE} in {@code outDir} and reads
   * it back.
   */
  public DiagnosisEvidence atRunEnd(Path outDir) {
    if (!warmupEndSeen) {
      notes.add("the run ended before warm-up did, so there is nothing to compare: no diagnosis");
      return DiagnosisEvidence.builder().notes(notes).build();
    }
    ClassHistogram histogramAtEnd =
        histogramAtWarmupEnd == null
            ? null
            : attempt("class histogram at run end", this::histogram);
    ThreadSnapshot threadsAtEnd =
        threadsAtWarmupEnd == null ? null : attempt("thread dump at run end", this::threads);
    LoaderSnapshot loadersAtEnd =
        loadersAtWarmupEnd == null
            ? null
            : attempt("class loader statistics at run end", this::loaders);
    DescriptorSnapshot descriptorsAtEnd =
        descriptorsAtWarmupEnd == null
            ? null
            : attempt("open descriptors at run end", () -> descriptorTable.take());
    List<OldObjectGroup> groups = null;
    List<ClassDefinitionGroup> classDefinitions = null;
    List<ThreadStartGroup> threadStarts = null;
    String jfrFile = null;
    if (recording != null) {
      Path file = outDir.resolve(JFR_FILE);
      long recordingMs = System.currentTimeMillis() - recordingStartMs;
      Long bytes = attempt("saving the JFR recording", () -> recording.stopAndSave(file));
      if (bytes != null) {
        jfrFile = JFR_FILE;
        groups =
            attempt(
                "reading the JFR recording",
                () -> OldObjectSampleReader.read(file, applicationCode));
        classDefinitions =
            attempt(
                "reading the class definitions of the JFR recording",
                () -> ClassDefinitionReader.read(file, recordingMs, applicationCode));
        threadStarts =
            attempt(
                "reading the thread starts of the JFR recording",
                () -> ThreadStartReader.read(file, applicationCode));
      }
    }
    return DiagnosisEvidence.builder()
        .histograms(histogramAtWarmupEnd, histogramAtEnd)
        .threads(threadsAtWarmupEnd, threadsAtEnd)
        .loaders(loadersAtWarmupEnd, loadersAtEnd)
        .descriptors(descriptorsAtWarmupEnd, descriptorsAtEnd)
        .oldObjectGroups(groups)
        .classDefinitions(classDefinitions)
        .threadStarts(threadStarts)
        .jfrFile(jfrFile)
        .notes(notes)
        .build();
  }

  /**
   * Dumps the target's heap if the options ask for it on a leak.
   *
   * @return the dump's path on the target's file system, or null when none was written (the reason
   *     is in {@link #notes()})
   */
  public String dumpHeapIfWanted(Path outDir) {
    if (!options.heapDumpOnLeak()) {
      return null;
    }
    String directory =
        options.heapDumpDirectoryOnTarget() != null
            ? options.heapDumpDirectoryOnTarget()
            : outDir.toAbsolutePath().toString();
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    String path = Path.of(directory, "heap-" + stamp + ".hprof").toString();
    Boolean written =
        attempt(
            "heap dump to " + path,
            () -> {
              new HeapDumper(connection).dump(path);
              return true;
            });
    return written == null ? null : path;
  }

  /** Closes the JFR recording on the target without saving it, when one runs. */
  public void discardRecording() {
    if (recording != null) {
      OldObjectRecording running = recording;
      recording = null;
      attempt(
          "discarding the JFR recording",
          () -> {
            running.discard();
            return null;
          });
    }
  }

  /** Whether {@link #atWarmupEnd()} ran. */
  public boolean warmupEndSeen() {
    return warmupEndSeen;
  }

  /** The notes gathered so far: one sentence per part that did not run and why. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  private ClassHistogram histogram() throws Exception {
    return new ClassHistogramCollector(commands).take();
  }

  private ThreadSnapshot threads() throws Exception {
    return new ThreadSnapshotCollector(connection).take();
  }

  private LoaderSnapshot loaders() throws Exception {
    if (!commands.offers(ClassLoaderStatsCollector.OPERATION)) {
      throw new UnsupportedOperationException(
          "the target's DiagnosticCommand MBean has no "
              + ClassLoaderStatsCollector.OPERATION
              + " operation (not a HotSpot JVM 9+?)");
    }
    return new ClassLoaderStatsCollector(commands).take();
  }

  private OldObjectRecording startRecording() throws Exception {
    if (!connection.isRegistered(new ObjectName(OldObjectRecording.MBEAN_NAME))) {
      throw new UnsupportedOperationException(
          "the target has no "
              + OldObjectRecording.MBEAN_NAME
              + " MBean (a JVM without JFR: needs JDK 11+ or 8u262+)");
    }
    recordingStartMs = System.currentTimeMillis();
    return OldObjectRecording.start(connection);
  }

  private <T> T attempt(String what, Step<T> step) {
    try {
      return step.run();
    } catch (Exception | Error e) {
      if (e instanceof VirtualMachineError vmError) {
        throw vmError;
      }
      notes.add(what + " did not run: " + ErrorText.typed(ErrorText.rootCause(e)));
      return null;
    }
  }

  @FunctionalInterface
  private interface Step<T> {
    T run() throws Exception;
  }
}
