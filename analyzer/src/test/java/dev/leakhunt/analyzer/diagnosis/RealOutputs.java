package dev.leakhunt.analyzer.diagnosis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Outputs captured from a real JDK 17 JVM running {@code LeakyProgram} over JMX: histograms 2.5 s
 * apart of the {@code heap} scenario, class loader statistics of the {@code classloader} scenario,
 * and a JFR old-object recording of the {@code heap} scenario.
 */
public final class RealOutputs {
  /** Time between the two captured histograms used by the tests, ms. */
  static final long HISTOGRAM_GAP_MS = 2_500;

  private RealOutputs() {}

  public static String text(String gzippedResource) {
    try (InputStream in =
        new GZIPInputStream(RealOutputs.class.getResourceAsStream(gzippedResource))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ClassHistogram histogramAtWarmupEnd() {
    return ClassHistogramParser.parse(text("heap-histogram-1.txt.gz"), 1_000, 31);
  }

  public static ClassHistogram histogramAtEnd() {
    return ClassHistogramParser.parse(
        text("heap-histogram-2.txt.gz"), 1_000 + HISTOGRAM_GAP_MS, 47);
  }

  public static Path oldObjectRecording() {
    try {
      return Path.of(RealOutputs.class.getResource("heap-old-objects.jfr").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<OldObjectGroup> oldObjectGroups() {
    try {
      return OldObjectSampleReader.read(oldObjectRecording());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<LoaderTypeStats> loadersAtWarmupEnd() {
    return ClassLoaderStatsParser.parse(text("classloader-loaders-1.txt.gz"));
  }

  public static List<LoaderTypeStats> loadersAtEnd() {
    return ClassLoaderStatsParser.parse(text("classloader-loaders-2.txt.gz"));
  }

  /**
   * The diagnosis of the captured heap leak with {@code heap.live} failing, a heap dump path and
   * one note.
   */
  public static Diagnosis heapLeakDiagnosis() {
    DiagnosisEvidence evidence =
        new DiagnosisEvidence(
            histogramAtWarmupEnd(),
            histogramAtEnd(),
            null,
            null,
            null,
            null,
            oldObjectGroups(),
            "old-objects.jfr",
            List.of("thread dumps were turned off (--no-thread-dumps)"));
    return new DiagnosisAssembler(SuspectCriteria.defaults())
        .assemble(evidence, Set.of("heap.live"))
        .withHeapDumpPath("/tmp/heap-1.hprof");
  }
}
