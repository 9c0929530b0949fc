package dev.leakhunt.soak.cli;

import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.soak.load.InjectorFiles;
import dev.leakhunt.soak.load.InjectorPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code soak await-load --injectors N --dir DIR --timeout DURATION}: waits until every injector
 * has left its {@code DIR/injector-<i>/injector.json}, the load of remote injectors seen from the
 * coordinating machine. The analyzer watches the target for exactly as long as this runs.
 */
@Command(
    name = "await-load",
    mixinStandardHelpOptions = true,
    description = {
      "Waits until the N injectors' results (injector-<i>/injector.json) are in --dir: the"
          + " coordinator's stand-in for a load that runs on other machines.",
      "Exit code: 0 all arrived, 1 timed out, 2 bad options."
    })
public final class AwaitLoadCommand implements Callable<Integer> {
  private static final long POLL_MS = 2_000;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--injectors", required = true, paramLabel = "N")
  int injectors;

  @Option(names = "--dir", required = true, paramLabel = "DIR")
  Path dir;

  @Option(names = "--timeout", required = true, paramLabel = "DURATION")
  String timeout;

  @Override
  public Integer call() throws Exception {
    if (injectors < 1 || injectors > SoakCommand.MAX_INJECTORS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--injectors must be between 1 and "
              + SoakCommand.MAX_INJECTORS
              + " (got "
              + injectors
              + ")");
    }
    Duration limit;
    try {
      limit = DurationText.parse(timeout);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--timeout: " + e.getMessage());
    }
    long deadlineMs = System.currentTimeMillis() + limit.toMillis();
    int reported = -1;
    for (long polls = 0; polls <= limit.toMillis() / POLL_MS + 1; polls++) {
      int arrived = arrived();
      if (arrived != reported) {
        System.out.println(
            "leakhunt await-load: " + arrived + " of " + injectors + " injectors done");
        reported = arrived;
      }
      if (arrived == injectors) {
        return 0;
      }
      if (System.currentTimeMillis() >= deadlineMs) {
        break;
      }
      Thread.sleep(POLL_MS);
    }
    System.out.println(
        "leakhunt await-load: only "
            + arrived()
            + " of "
            + injectors
            + " injectors done after "
            + timeout);
    return 1;
  }

  private int arrived() {
    int arrived = 0;
    for (int index = 1; index <= injectors; index++) {
      Path folder = dir.resolve(InjectorPlan.FOLDER_PREFIX + index);
      if (Files.isRegularFile(new InjectorFiles(folder).result())) {
        arrived++;
      }
    }
    return arrived;
  }
}
