package dev.leakhunt.soak.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.soak.settings.ShopOptions;
import dev.leakhunt.soak.target.RunningShop;
import dev.leakhunt.soak.target.ShopLauncher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * Two real injector processes ({@code soak load --injectors 2}, two Gatling JVMs at half the rate
 * each) against one real shop on loopback: together they deliver the whole arrival rate, counted by
 * the shop itself, and their merged response-time histogram has the p99 of one histogram built from
 * every request's raw time.
 */
class InjectorsIT {
  private static final Path OUT = Path.of("soak-run/target/injectors-it");

  /** 10 new shoppers/s in total, 5/s per injector, for 60 s: 600 shoppers. */
  private static final double TOTAL_RATE = 10.0;

  private static final int STEADY_SECONDS = 60;

  @Test
  void twoInjectorsAtHalfTheRateDeliverTheWholeRateAndMergeWithoutLoss() throws Exception {
    ShopLauncher launcher =
        new ShopLauncher(ProcessRunner.javaBinary(), Path.of("target-app/target/target-app.jar"));
    Path load = OUT.resolve("load");
    try (RunningShop shop =
        launcher.start(
            new ShopOptions(List.of(), 1, Duration.ofSeconds(30), 200, "256m"),
            OUT.resolve("shop.log"),
            Duration.ofSeconds(60))) {
      long categoriesBefore = categoriesServed(shop.ready().jmxAddress());
      List<String> command = soak("load");
      command.addAll(
          List.of(
              "--base-url",
              shop.ready().baseUrl(),
              "--out",
              load.toString(),
              "--injectors",
              "2",
              "--profile",
              "soak",
              "--rate",
              String.valueOf(TOTAL_RATE),
              "--ramp",
              "0s",
              "--duration",
              STEADY_SECONDS + "s",
              "--think-time",
              "50ms",
              "--seed",
              "100",
              "--raw-response-times"));

      int exitCode = ProcessRunner.run(command, OUT.resolve("load-console.log"), minutes(5));

      assertThat(exitCode).as("soak load; output in %s", OUT.resolve("load-console.log")).isZero();
      // The shop counts GET /categories once per shopper, and once per injector's catalog read.
      long shoppers = awaitStableCount(shop.ready().jmxAddress()) - categoriesBefore - 2;
      double expected = TOTAL_RATE * STEADY_SECONDS;
      System.out.printf(
          "injectors IT: shop served %d shoppers, %.0f planned (%.2f %%)%n",
          shoppers, expected, 100.0 * (shoppers - expected) / expected);
      assertThat((double) shoppers).isBetween(expected * 0.95, expected * 1.05);
    }
    ObjectMapper json = new ObjectMapper();
    List<Long> startedAtMs = new ArrayList<>();
    for (int index = 1; index <= 2; index++) {
      JsonNode result =
          json.readTree(load.resolve("injector-" + index + "/injector.json").toFile());
      assertThat(result.path("exitCode").asInt()).isZero();
      assertThat(result.path("seed").asLong()).isEqualTo(100 + index);
      assertThat(result.path("command").asText()).contains("-DinjectorCount=2");
      startedAtMs.add(result.path("startedAtMs").asLong());
    }
    // One machine, no instant given: both wait for each other's ready mark, then start.
    long spreadMs = Math.abs(startedAtMs.get(0) - startedAtMs.get(1));
    System.out.printf("injectors IT: the injectors began %d ms apart%n", spreadMs);
    assertThat(spreadMs).isLessThan(5_000);

    Path merged = OUT.resolve("merged");
    List<String> merge = soak("merge-load");
    merge.addAll(
        List.of(
            "--out",
            merged.toString(),
            load.resolve("injector-1").toString(),
            load.resolve("injector-2").toString()));
    assertThat(ProcessRunner.run(merge, OUT.resolve("merge-console.log"), minutes(1))).isZero();

    Histogram single = new Histogram(3);
    long rawFailed = 0;
    for (int index = 1; index <= 2; index++) {
      for (String line :
          Files.readAllLines(
              load.resolve("injector-" + index + "/response-times-ms.txt"),
              StandardCharsets.UTF_8)) {
        String[] fields = line.split(",");
        single.recordValue(Long.parseLong(fields[0]));
        rawFailed += fields[1].equals("ko") ? 1 : 0;
      }
    }
    JsonNode latency = json.readTree(merged.resolve("client-latency.json").toFile());
    long singleP99 = single.getValueAtPercentile(99.0);
    long mergedP99 = latency.path("p99Ms").asLong();
    System.out.printf(
        "injectors IT: %d requests, merged p99 %d ms, single-histogram p99 %d ms, max %d ms%n",
        single.getTotalCount(), mergedP99, singleP99, latency.path("maxMs").asLong());
    assertThat(latency.path("requests").asLong()).isEqualTo(single.getTotalCount());
    assertThat(latency.path("failedRequests").asLong()).isEqualTo(rawFailed);
    assertThat(latency.path("injectors").asInt()).isEqualTo(2);
    assertThat(Math.abs(mergedP99 - singleP99))
        .as("merged p99 %d ms vs single %d ms", mergedP99, singleP99)
        .isLessThanOrEqualTo(single.sizeOfEquivalentValueRange(singleP99));
    assertThat(merged.resolve("response-times-ms.hlog")).isNotEmptyFile();
    JsonNode summary = json.readTree(merged.resolve("gatling-summary.json").toFile());
    assertThat(summary.path("injectors").asInt()).isEqualTo(2);
    assertThat(summary.path("counts").path("shoppersArrived").asDouble())
        .isBetween(TOTAL_RATE * STEADY_SECONDS * 0.95, TOTAL_RATE * STEADY_SECONDS * 1.05);
  }

  /** Requests the shop served on {@code GET /categories} (its latency MBean's total count). */
  private static long categoriesServed(String jmxAddress) throws Exception {
    JMXServiceURL url =
        new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + jmxAddress + "/jmxrmi");
    try (JMXConnector connector = JMXConnectorFactory.connect(url)) {
      MBeanServerConnection connection = connector.getMBeanServerConnection();
      return (Long)
          connection.getAttribute(
              new ObjectName("dev.leakhunt.shop:type=Latency,endpoint=categories"), "TotalCount");
    }
  }

  /** The count once it stopped moving: it covers completed latency intervals only. */
  private static long awaitStableCount(String jmxAddress) throws Exception {
    long previous = -1;
    for (int attempt = 0; attempt < 30; attempt++) {
      long count = categoriesServed(jmxAddress);
      if (count == previous) {
        return count;
      }
      previous = count;
      Thread.sleep(6_000);
    }
    throw new AssertionError("the shop's categories count kept moving for 3 minutes");
  }

  private static List<String> soak(String subcommand) {
    return new ArrayList<>(
        List.of(
            ProcessRunner.javaBinary().toString(), "-jar", "soak-run/target/soak.jar", subcommand));
  }

  private static Duration minutes(int minutes) {
    return Duration.ofMinutes(minutes);
  }
}
