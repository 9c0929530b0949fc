package dev.leakhunt.analyzer.sampler.diagnosis;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.management.MBeanServerConnection;
import jdk.management.jfr.FlightRecorderMXBean;

/**
 * A JFR recording on the target that samples old objects with their allocation stacks and, at the
 * end, their paths to GC roots, and records each class loaded or defined with its stack (what names
 * a metaspace leak: JDK 17 emits only {@code jdk.ClassLoad} for a hidden class, and {@code
 * jdk.ClassDefine} names an ordinary class's defining loader). Nothing else is enabled, so its cost
 * is the sampler's plus one event per class loaded after warm-up. JDK 17's {@code profile} settings
 * use {@code cutoff=0 ns}, which records no reference chains: this recording sets {@code
 * cutoff=infinity}, so stopping it walks the heap once for the paths.
 */
public final class OldObjectRecording {
  /** The FlightRecorderMXBean's name (JDK 11+, and 8u262+). */
  public static final String MBEAN_NAME = "jdk.management.jfr:type=FlightRecorder";

  /** The recording's settings. */
  public static final Map<String, String> SETTINGS = settings("infinity");

  private final FlightRecorderMXBean recorder;
  private final long recordingId;

  private OldObjectRecording(FlightRecorderMXBean recorder, long recordingId) {
    this.recorder = recorder;
    this.recordingId = recordingId;
  }

  /** The settings without paths to GC roots: stopping then walks no heap (for priming). */
  static final Map<String, String> SETTINGS_WITHOUT_ROOT_PATHS = settings("0 ns");

  private static Map<String, String> settings(String oldObjectCutoff) {
    return Map.of(
        "jdk.OldObjectSample#enabled", "true",
        "jdk.OldObjectSample#stackTrace", "true",
        "jdk.OldObjectSample#cutoff", oldObjectCutoff,
        "jdk.ClassLoad#enabled", "true",
        "jdk.ClassLoad#stackTrace", "true",
        "jdk.ClassLoad#threshold", "0 ms",
        "jdk.ClassDefine#enabled", "true",
        "jdk.ClassDefine#stackTrace", "true",
        // One event per thread started, with the starter's stack: names a thread leak's line.
        "jdk.ThreadStart#enabled", "true",
        "jdk.ThreadStart#stackTrace", "true");
  }

  /** Creates and starts the recording on the target. */
  public static OldObjectRecording start(MBeanServerConnection connection) throws IOException {
    return start(connection, SETTINGS);
  }

  /** Creates and starts a recording with these settings on the target. */
  static OldObjectRecording start(MBeanServerConnection connection, Map<String, String> settings)
      throws IOException {
    FlightRecorderMXBean recorder =
        ManagementFactory.newPlatformMXBeanProxy(
            connection, MBEAN_NAME, FlightRecorderMXBean.class);
    long id = recorder.newRecording();
    try {
      recorder.setRecordingOptions(id, Map.of("name", "leakhunt-old-objects"));
      recorder.setRecordingSettings(id, settings);
      recorder.startRecording(id);
    } catch (RuntimeException e) {
      recorder.closeRecording(id);
      throw e;
    }
    return new OldObjectRecording(recorder, id);
  }

  /**
   * Stops the recording (the target then writes the samples and their root paths), streams it to
   * {@code file} and closes it on the target.
   *
   * @return the bytes written
   */
  public long stopAndSave(Path file) throws IOException {
    try {
      recorder.stopRecording(recordingId);
      long streamId = recorder.openStream(recordingId, Map.of());
      try (OutputStream out = Files.newOutputStream(file)) {
        for (byte[] chunk = recorder.readStream(streamId);
            chunk != null;
            chunk = recorder.readStream(streamId)) {
          out.write(chunk);
        }
      } finally {
        recorder.closeStream(streamId);
      }
      return Files.size(file);
    } finally {
      recorder.closeRecording(recordingId);
    }
  }

  /** The same recording reached through another connection (after the first one was lost). */
  public OldObjectRecording reattach(MBeanServerConnection connection) throws IOException {
    return new OldObjectRecording(
        ManagementFactory.newPlatformMXBeanProxy(
            connection, MBEAN_NAME, FlightRecorderMXBean.class),
        recordingId);
  }

  /** Closes the recording on the target without saving it. */
  public void discard() throws IOException {
    recorder.closeRecording(recordingId);
  }
}
