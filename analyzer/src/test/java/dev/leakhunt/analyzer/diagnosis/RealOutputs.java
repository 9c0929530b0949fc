package dev.leakhunt.analyzer.diagnosis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Outputs captured from a real JDK 17 JVM running {@code LeakyProgram} over JMX: histograms 2.5 s
 * apart of the {@code heap} scenario, class loader statistics of the {@code classloader} scenario,
 * and a JFR old-object recording of the {@code heap} scenario.
 */
final class RealOutputs {
  /** Time between the two captured histograms used by the tests, ms. */
  static final long HISTOGRAM_GAP_MS = 2_500;

  private RealOutputs() {}

  static String text(String gzippedResource) {
    try (InputStream in =
        new GZIPInputStream(RealOutputs.class.getResourceAsStream(gzippedResource))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ClassHistogram histogramAtWarmupEnd() {
    return ClassHistogramParser.parse(text("heap-histogram-1.txt.gz"), 1_000, 31);
  }

  static ClassHistogram histogramAtEnd() {
    return ClassHistogramParser.parse(
        text("heap-histogram-2.txt.gz"), 1_000 + HISTOGRAM_GAP_MS, 47);
  }

  static Path oldObjectRecording() {
    try {
      return Path.of(RealOutputs.class.getResource("heap-old-objects.jfr").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<OldObjectGroup> oldObjectGroups() {
    try {
      return OldObjectSampleReader.read(oldObjectRecording());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<LoaderTypeStats> loadersAtWarmupEnd() {
    return ClassLoaderStatsParser.parse(text("classloader-loaders-1.txt.gz"));
  }

  static List<LoaderTypeStats> loadersAtEnd() {
    return ClassLoaderStatsParser.parse(text("classloader-loaders-2.txt.gz"));
  }
}
