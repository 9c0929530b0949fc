package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.evidence.FigureKind;
import dev.leakhunt.analyzer.evidence.KeyFigure;
import dev.leakhunt.analyzer.history.FigureHistory;
import dev.leakhunt.analyzer.history.RunHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the newest run's key figures as CSV files for the Jenkins Plot plugin, one file per unit
 * so each chart has one axis: {@code plot-memory.csv} (memory slopes, MiB/h), {@code
 * plot-counts.csv} (count slopes, per hour) and {@code plot-latency.csv} (latency and GC pause
 * figures, ms). Each holds a header row of figure labels and one row of values; the plugin adds one
 * point per build.
 */
public final class PlotCsvWriter {
  /** The files written, by name. */
  public static final List<String> FILES =
      List.of("plot-memory.csv", "plot-counts.csv", "plot-latency.csv");

  private static final double MIB = 1024.0 * 1024.0;

  /** Writes the three files into {@code dir}. */
  public void write(RunHistory history, Path dir) throws IOException {
    int newest = history.runs().size() - 1;
    List<String[]> memory = new ArrayList<>();
    List<String[]> counts = new ArrayList<>();
    List<String[]> latency = new ArrayList<>();
    for (FigureHistory figure : history.figures()) {
      KeyFigure value = figure.perRun().get(newest);
      if (value == null) {
        continue;
      }
      if (figure.kind() == FigureKind.SLOPE && "bytes/h".equals(figure.unit())) {
        memory.add(cell(figure.label() + " (MiB/h)", value.value() / MIB));
      } else if (figure.kind() == FigureKind.SLOPE) {
        counts.add(cell(figure.label() + " (per hour)", value.value()));
      } else if ("ms".equals(figure.unit())) {
        latency.add(cell(figure.label() + " (ms)", value.value()));
      }
    }
    write(dir.resolve(FILES.get(0)), memory);
    write(dir.resolve(FILES.get(1)), counts);
    write(dir.resolve(FILES.get(2)), latency);
  }

  private static String[] cell(String label, double value) {
    return new String[] {label, String.format(Locale.ROOT, "%.4f", value)};
  }

  private static void write(Path file, List<String[]> cells) throws IOException {
    StringBuilder header = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (String[] cell : cells) {
      header.append(header.length() == 0 ? "" : ",").append(quoted(cell[0]));
      values.append(values.length() == 0 ? "" : ",").append(cell[1]);
    }
    Files.writeString(file, header + "\n" + values + "\n", StandardCharsets.UTF_8);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
