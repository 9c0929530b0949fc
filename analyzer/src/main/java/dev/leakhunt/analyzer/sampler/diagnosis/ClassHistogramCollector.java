package dev.leakhunt.analyzer.sampler.diagnosis;

import dev.leakhunt.analyzer.diagnosis.model.ClassHistogram;
import dev.leakhunt.analyzer.diagnosis.parse.ClassHistogramParser;
import java.io.IOException;
import javax.management.JMException;

/**
 * Takes class histograms of the target ({@code GC.class_histogram}). Each one runs a full GC on the
 * target so that only live objects are counted, so take them rarely; each records its cost.
 */
public final class ClassHistogramCollector {
  private final DiagnosticCommands commands;

  public ClassHistogramCollector(DiagnosticCommands commands) {
    this.commands = commands;
  }

  /** One histogram of the live objects, with when it was taken and how long it took. */
  public ClassHistogram take() throws IOException, JMException {
    long takenAtMs = System.currentTimeMillis();
    long startNs = System.nanoTime();
    String text = commands.run("gcClassHistogram");
    long durationMs = (System.nanoTime() - startNs) / 1_000_000;
    return ClassHistogramParser.parse(text, takenAtMs, durationMs);
  }
}
