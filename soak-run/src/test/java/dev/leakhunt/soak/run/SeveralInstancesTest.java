package dev.leakhunt.soak.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.soak.invariants.ShopStats;
import dev.leakhunt.soak.load.GatlingCommand;
import dev.leakhunt.soak.settings.LoadOptions;
import dev.leakhunt.soak.settings.WatchOptions;
import dev.leakhunt.soak.target.TargetEndpoints;
import dev.leakhunt.soak.verdict.LeakVerdict;
import dev.leakhunt.soak.watch.AnalyzerWatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A soak of several shop instances: Gatling spreads shoppers over their base URLs, one analyzer
 * watch names each instance, the shops' counters add up, and the analyzer's combined verdict names
 * the instance that leaks.
 */
class SeveralInstancesTest {
  @Test
  void gatlingGetsEveryBaseUrlAndTheFirstAsBaseUrl(@TempDir Path simulations) throws Exception {
    Files.createDirectories(simulations.resolve("target/test-classes"));
    Files.writeString(simulations.resolve("target/gatling-classpath.txt"), "a.jar\n");
    LoadOptions load =
        new LoadOptions(
            "Sim", "smoke", Duration.ofMinutes(1), Duration.ZERO, 5.0, Duration.ZERO, null, null);

    List<String> two =
        new GatlingCommand(Path.of("java"), simulations)
            .command(
                load,
                List.of("http://127.0.0.1:1", "http://127.0.0.1:2"),
                Path.of("g"),
                Path.of("s.json"));
    List<String> one =
        new GatlingCommand(Path.of("java"), simulations)
            .command(load, "http://127.0.0.1:1", Path.of("g"), Path.of("s.json"));

    assertThat(two)
        .contains(
            "-DbaseUrl=http://127.0.0.1:1", "-DbaseUrls=http://127.0.0.1:1,http://127.0.0.1:2");
    assertThat(one).contains("-DbaseUrl=http://127.0.0.1:1");
    assertThat(one).noneMatch(arg -> arg.startsWith("-DbaseUrls="));
  }

  @Test
  void theAnalyzerWatchesEachInstanceByName() {
    Map<String, TargetEndpoints> shops = new LinkedHashMap<>();
    shops.put("shop-1", new TargetEndpoints("http://127.0.0.1:1", "127.0.0.1:11", null, null));
    shops.put("shop-2", new TargetEndpoints("http://127.0.0.1:2", "127.0.0.1:12", null, null));

    List<String> command =
        new AnalyzerWatch(Path.of("java"), Path.of("analyzer.jar"))
            .command(
                shops,
                new WatchOptions(
                    Duration.ofSeconds(15), Duration.ofSeconds(1), null, List.of(), List.of()),
                Path.of("/runs/r1/analyzer"),
                true,
                List.of("gatling"));

    assertThat(String.join(" ", command))
        .contains("watch --jmx shop-1=127.0.0.1:11 --jmx shop-2=127.0.0.1:12 --warmup 15s")
        .endsWith("--out /runs/r1/analyzer -- gatling");
  }

  @Test
  void theInstancesCountersAddUp() {
    ShopStats one = new ShopStats(3, 5, 95, 100, 0, 1, 3, 0, 0, Map.of("200", 10L, "201", 3L));
    ShopStats two = new ShopStats(2, 4, 96, 100, 0, 2, 3, 1, 1, Map.of("200", 7L, "409", 1L));

    ShopStats sum = ShopStats.sum(List.of(one, two));

    assertThat(sum.ordersPlaced()).isEqualTo(5);
    assertThat(sum.stockRemaining()).isEqualTo(191);
    assertThat(sum.initialStock()).isEqualTo(200);
    assertThat(sum.checkoutsReplayed()).isEqualTo(1);
    assertThat(sum.requestsByStatus()).containsEntry("200", 17L).containsEntry("409", 1L);
  }

  /** The analyzer's combined verdict of several targets, as its format pins it. */
  @Test
  void theLeakVerdictOfSeveralTargetsNamesTheInstance(@TempDir Path dir) throws Exception {
    Path verdict = dir.resolve("verdict.json");
    Files.writeString(
        verdict,
        """
        {"formatVersion":2,"outcome":"FAIL",
         "reason":"shop-2 FAIL: leak: heap.live grows 466 MiB/h | PASS: shop-1",
         "run":{"startMs":1,"endMs":2,"commandExitCode":0,"commandLog":"command.log"},
         "targets":[{"name":"shop-1","outcome":"PASS"},{"name":"shop-2","outcome":"FAIL"}],
         "resources":[
           {"resource":"shop-1/heap.live","target":"shop-1","outcome":"PASS"},
           {"resource":"shop-2/heap.live","target":"shop-2","outcome":"FAIL"}],
         "stoppedEarlyAtMs":null}
        """);

    LeakVerdict leak = LeakVerdict.read(verdict, 1);

    assertThat(leak.outcome()).isEqualTo("FAIL");
    assertThat(leak.failedResources()).containsExactly("shop-2/heap.live");
    assertThat(leak.reason()).startsWith("shop-2 FAIL:");
    assertThat(leak.commandExitCode()).isZero();
    assertThat(leak.commandLog()).isEqualTo("command.log");
    assertThat(leak.stoppedEarly()).isFalse();
  }
}
