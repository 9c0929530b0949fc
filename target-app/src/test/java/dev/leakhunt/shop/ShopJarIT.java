package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leakhunt.contract.shop.ReadyLine;
import dev.leakhunt.testkit.ShopJvm;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as users run it: a child JVM that prints READY, serves HTTP, exposes JMX over
 * remote RMI on loopback only, rejects bad options with one line and exit code 2, and stops on
 * SIGTERM.
 */
class ShopJarIT {
  private static final Path JAR = Path.of("target", "target-app.jar");

  @Test
  void jarServesOverHttpAndLoopbackJmxThenStopsOnSigterm() throws Exception {
    Path stderrFile = Files.createDirectories(Path.of("target", "it-runs")).resolve("jar.stderr");
    try (ShopJvm shop =
        ShopJvm.start(
            ShopJvm.jarBuilder(JAR)
                .jvmOptions("-Xmx128m")
                .arguments(
                    "--port",
                    "0",
                    "--jmx-port",
                    "0",
                    "--latency-interval",
                    "200ms",
                    "--products",
                    "500")
                .stderrTo(stderrFile))) {
      String ready = shop.jvm().readyLine();
      assertThat(shop.jvm().linesBeforeReady()).as("stdout before " + ready).isEmpty();
      ReadyLine ports = shop.ready();
      assertThat(ports.httpHost()).as(ready).isEqualTo("127.0.0.1");
      assertThat(ports.jmxOn()).as(ready).isTrue();
      int httpPort = ports.httpPort();
      int jmxPort = ports.jmxPort();

      HttpClient http = HttpClient.newHttpClient();
      for (int i = 1; i <= 10; i++) {
        HttpResponse<String> product =
            http.send(
                HttpRequest.newBuilder(URI.create(shop.baseUrl() + "/products/" + i)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(product.statusCode()).isEqualTo(200);
      }

      MBeanServerConnection mbeans = shop.connection();
      ObjectName allocator = new ObjectName("dev.leakhunt.shop:type=NettyAllocator");
      assertThat((Long) mbeans.getAttribute(allocator, "UsedDirectMemory"))
          .isGreaterThanOrEqualTo(0);
      assertThat((Long) mbeans.getAttribute(allocator, "UsedHeapMemory")).isGreaterThanOrEqualTo(0);
      ObjectName latency = new ObjectName("dev.leakhunt.shop:type=Latency,endpoint=products.get");
      await("products.get TotalCount reaches 10")
          .atMost(Duration.ofSeconds(5))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> (Long) mbeans.getAttribute(latency, "TotalCount") >= 10);
      assertThat((Long) mbeans.getAttribute(latency, "TotalCount")).isEqualTo(10);
      assertThat((Long) mbeans.getAttribute(latency, "TotalMaxMicros")).isPositive();
      assertThat(mbeans.queryNames(new ObjectName("dev.leakhunt.shop:type=Latency,*"), null))
          .hasSize(12);

      Process process = shop.jvm().process();
      List<ListeningSockets.Listener> listeners = ListeningSockets.of(process.pid());
      assertThat(listeners).extracting(ListeningSockets.Listener::port).contains(httpPort, jmxPort);
      assertThat(listeners).allMatch(ListeningSockets.Listener::isLoopback, "bound to loopback");

      process.toHandle().destroy(); // SIGTERM; unlike Process.destroy() it leaves our pipes open
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
      // 143 = 128 + SIGTERM: the JVM's status after running its shutdown hooks on SIGTERM.
      assertThat(process.exitValue()).isEqualTo(143);
      String stderr = Files.readString(stderrFile, StandardCharsets.UTF_8);
      assertThat(shop.jvm().nextLine(Duration.ofSeconds(5)))
          .as("stderr: %s", stderr)
          .contains("STOPPED");
      assertThat(stderr).doesNotContain("Exception");
    }
  }

  @Test
  void helpListsEveryLeakScenarioAndExitsZeroWithoutServing() throws Exception {
    Process process = start("--help");
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).isZero();
    assertThat(stdout)
        .contains("--jmx-port", "--leak-amplify", "--cart-ttl")
        .contains(
            "abandoned-carts",
            "recently-viewed",
            "unreleased-buffers",
            "stuck-threads",
            "class-per-request",
            "unclosed-gzip",
            "bounded-cache",
            "slow-product-pages");
    assertThat(stdout.lines()).noneMatch(line -> ReadyLine.parse(line).isPresent());
  }

  @Test
  void unknownLeakNameIsOneLineAndExitCode2() throws Exception {
    assertUsageError(
        List.of("--leak", "memory-hog"),
        "target-app: --leak: unknown leak scenario 'memory-hog' (choose from abandoned-carts,");
  }

  @Test
  void badDurationIsOneLineAndExitCode2() throws Exception {
    assertUsageError(List.of("--cart-ttl", "soon"), "--cart-ttl");
  }

  @Test
  void outOfRangeAmplifyIsOneLineAndExitCode2() throws Exception {
    assertUsageError(
        List.of("--leak-amplify", "0"), "--leak-amplify must be between 1 and 10000 (got 0)");
  }

  private static void assertUsageError(List<String> args, String expectedStart) throws Exception {
    Process process = start(args.toArray(String[]::new));
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(stderr.lines().toList()).hasSize(1);
    assertThat(stderr).contains(expectedStart).doesNotContain("\tat ");
  }

  private static Process start(String... args) throws IOException {
    assertThat(Files.isRegularFile(JAR)).as(JAR + " built by mvn package").isTrue();
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }
}
