package dev.leakhunt.soak.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Combines the results of several injectors into one folder: the merged response-time log, the
 * summed shoppers' summary and {@code client-latency.json}, the figures the run reports and judges.
 */
public final class LoadMerge {
  /** The run's client latency figures as JSON. */
  public static final String CLIENT_LATENCY_JSON = "client-latency.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LoadMerge() {}

  /**
   * Merges {@code injectorDirs} into {@code outDir}.
   *
   * @return the merged client latency
   * @throws IOException when an injector left no response-time log or summary
   */
  public static ClientLatency merge(List<Path> injectorDirs, Path outDir) throws IOException {
    if (injectorDirs.isEmpty()) {
      throw new IOException("no injector folder to merge");
    }
    InjectorFiles merged = new InjectorFiles(outDir);
    ClientLatency latency =
        ResponseTimeLogs.merge(
                injectorDirs.stream()
                    .map(dir -> new InjectorFiles(dir).responseTimesLog())
                    .toList(),
                merged.responseTimesLog())
            .latency(injectorDirs.size());
    LoadSummaries.merge(
        injectorDirs.stream().map(dir -> new InjectorFiles(dir).summary()).toList(),
        merged.summary());
    writeLatency(latency, outDir);
    return latency;
  }

  /** Writes {@code client-latency.json} into {@code dir}. */
  public static void writeLatency(ClientLatency latency, Path dir) throws IOException {
    JSON.writeValue(dir.resolve(CLIENT_LATENCY_JSON).toFile(), latency);
  }

  /** The {@code injector-<n>} folders of a load folder, in index order. */
  public static List<Path> injectorDirs(Path loadDir) throws IOException {
    if (!Files.isDirectory(loadDir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(loadDir)) {
      return children
          .filter(Files::isDirectory)
          .filter(dir -> dir.getFileName().toString().matches(InjectorPlan.FOLDER_PREFIX + "\\d+"))
          .sorted(
              (a, b) ->
                  Integer.compare(
                      Integer.parseInt(
                          a.getFileName()
                              .toString()
                              .substring(InjectorPlan.FOLDER_PREFIX.length())),
                      Integer.parseInt(
                          b.getFileName()
                              .toString()
                              .substring(InjectorPlan.FOLDER_PREFIX.length()))))
          .toList();
    }
  }
}
