package dev.leakhunt.analyzer.diagnosis;

import dev.leakhunt.analyzer.diagnosis.model.ClassDefinitionGroup;
import dev.leakhunt.analyzer.diagnosis.model.ClassHistogram;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.DiagnosisEvidence;
import dev.leakhunt.analyzer.diagnosis.model.LoaderTypeStats;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.parse.ApplicationCode;
import dev.leakhunt.analyzer.diagnosis.parse.ClassDefinitionReader;
import dev.leakhunt.analyzer.diagnosis.parse.ClassHistogramParser;
import dev.leakhunt.analyzer.diagnosis.parse.ClassLoaderStatsParser;
import dev.leakhunt.analyzer.diagnosis.parse.OldObjectSampleReader;
import dev.leakhunt.analyzer.diagnosis.rank.SuspectCriteria;
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
 * and a JFR old-object recording of the {@code heap} scenario. Beside them, the naming captures of
 * {@code capture-naming.sh}: the integration tests' programs (each with short-lived work on its
 * request threads) watched by the analyzer with its defaults, with histograms at warm-up end and 62
 * s later.
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
      return OldObjectSampleReader.read(oldObjectRecording(), ApplicationCode.UNKNOWN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The recording of a naming capture, e.g. {@code records} for {@code records.jfr}. */
  public static List<OldObjectGroup> oldObjectGroups(String capture) {
    try {
      return OldObjectSampleReader.read(
          Path.of(RealOutputs.class.getResource(capture + ".jfr").toURI()),
          ApplicationCode.UNKNOWN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The class definitions of a naming capture, its recording taken as 62 s long. */
  public static List<ClassDefinitionGroup> classDefinitions(String capture) {
    try {
      return ClassDefinitionReader.read(
          Path.of(RealOutputs.class.getResource(capture + ".jfr").toURI()),
          NAMING_GAP_MS,
          ApplicationCode.UNKNOWN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The diagnosis of a naming capture with {@code failing} judged FAIL. */
  public static Diagnosis diagnosis(String capture, Set<String> failing) {
    DiagnosisEvidence evidence =
        DiagnosisEvidence.builder()
            .histograms(
                ClassHistogramParser.parse(text(capture + "-histogram-1.txt.gz"), 0, 40),
                ClassHistogramParser.parse(
                    text(capture + "-histogram-2.txt.gz"), NAMING_GAP_MS, 40))
            .oldObjectGroups(oldObjectGroups(capture))
            .classDefinitions(classDefinitions(capture))
            .jfrFile(capture + ".jfr")
            .build();
    return new DiagnosisAssembler(SuspectCriteria.defaults()).assemble(evidence, failing);
  }

  /** Time between the two histograms of a naming capture, ms. */
  static final long NAMING_GAP_MS = 62_000;

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
        DiagnosisEvidence.builder()
            .histograms(histogramAtWarmupEnd(), histogramAtEnd())
            .oldObjectGroups(oldObjectGroups())
            .jfrFile("old-objects.jfr")
            .notes(List.of("thread dumps were turned off (--no-thread-dumps)"))
            .build();
    return new DiagnosisAssembler(SuspectCriteria.defaults())
        .assemble(evidence, Set.of("heap.live"))
        .withHeapDumpPath("/tmp/heap-1.hprof");
  }
}
