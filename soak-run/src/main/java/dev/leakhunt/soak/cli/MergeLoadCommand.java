package dev.leakhunt.soak.cli;

import dev.leakhunt.soak.load.ClientLatency;
import dev.leakhunt.soak.load.LoadMerge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code soak merge-load --out DIR INJECTOR_DIR...}: merges the injectors' response-time logs into
 * one ({@code DIR/response-times-ms.hlog}, lossless), sums their shoppers' summaries ({@code
 * DIR/gatling-summary.json}) and writes the run's client latency ({@code DIR/client-latency.json}),
 * printed as one line.
 */
@Command(
    name = "merge-load",
    mixinStandardHelpOptions = true,
    description = {
      "Merges the folders 'soak load' wrote (injector-<i>/) into one response-time log, one"
          + " shoppers' summary and client-latency.json in --out, and prints p50/p95/p99/max.",
      "Exit code: 0 merged, 2 when a folder lacks its log or summary."
    })
public final class MergeLoadCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write.")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "INJECTOR_DIR", description = "The injectors' folders.")
  List<Path> injectorDirs;

  @Override
  public Integer call() throws Exception {
    for (Path dir : injectorDirs) {
      if (!Files.isDirectory(dir)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "INJECTOR_DIR must be a folder 'soak load' wrote (got '" + dir + "')");
      }
    }
    Files.createDirectories(out);
    ClientLatency latency = LoadMerge.merge(injectorDirs, out);
    System.out.println(latency.describe());
    System.out.println("merged into " + out);
    return 0;
  }
}
