package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leakhunt.testkit.ShopJvm;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar under a real descriptor limit ({@code ulimit -n 256} in a bash wrapper) and a
 * client that opens 300 idle connections: with the default cap (256 - 128) the extra connections
 * are closed on arrival; with a cap above the limit accepts fail with "Too many open files" and the
 * acceptor pauses. Either way {@code /health} answers on a fresh connection once the hostile ones
 * close, stderr says what happened in one line, and holds no stack trace.
 */
class DescriptorExhaustionIT {
  private static final Path JAR = Path.of("target", "target-app.jar");
  private static final int DESCRIPTOR_LIMIT = 256;
  private static final int HOSTILE_CONNECTIONS = 300;

  @Test
  void connectionCapBelowTheLimitKeepsTheShopServing() throws Exception {
    String stderr =
        exhaustAndRecover(
            "cap", List.of(), "connection cap of " + (DESCRIPTOR_LIMIT - 128) + " reached");

    assertThat(stderr)
        .contains("connection cap of " + (DESCRIPTOR_LIMIT - 128) + " reached")
        .doesNotContain("Too many open files");
    assertThat(stderr).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }

  @Test
  void acceptorSurvivesTooManyOpenFiles() throws Exception {
    String stderr =
        exhaustAndRecover("emfile", List.of("--max-connections", "1000"), "Too many open files");

    assertThat(stderr).contains("--max-connections 1000 is above the descriptor limit 256");
    assertThat(stderr).contains("cannot accept connections (IOException: Too many open files");
    assertThat(stderr)
        .doesNotContain("\tat ")
        .doesNotContain("NoClassDefFoundError")
        .doesNotContain("Exception in thread");
  }

  /**
   * Starts the shop under the limit, floods it with idle connections until its stderr says {@code
   * overwhelmed} (it reached its cap or the limit), closes them; its stderr.
   */
  private static String exhaustAndRecover(String name, List<String> shopOptions, String overwhelmed)
      throws Exception {
    Path runs = Files.createDirectories(Path.of("target", "it-runs", "descriptors"));
    Path stderrFile = runs.resolve(name + ".stderr");
    List<String> options = new ArrayList<>(List.of("--port", "0", "--products", "100"));
    options.addAll(shopOptions);
    List<Socket> hostile = new ArrayList<>();
    try (ShopJvm shop =
        ShopJvm.start(
            ShopJvm.jarBuilder(JAR)
                .wrappedBy("bash", "-c", "ulimit -n " + DESCRIPTOR_LIMIT + " && exec \"$0\" \"$@\"")
                .jvmOptions("-Xmx128m")
                .arguments(options)
                .stderrTo(stderrFile)
                .stopGrace(Duration.ofSeconds(20)))) {
      String ready = shop.jvm().readyLine();
      assertThat(shop.jvm().linesBeforeReady()).as("stdout before " + ready).isEmpty();
      assertThat(shop.ready().jmxOn()).as(ready).isFalse();
      int port = shop.httpPort();
      try (ShopClient client = new ShopClient(shop.baseUrl())) {
        assertThat(client.get("/health").status()).isEqualTo(200);

        for (int i = 0; i < HOSTILE_CONNECTIONS; i++) {
          hostile.add(new Socket("127.0.0.1", port)); // the kernel completes them: the shop may not
        }
        await(name + ": the shop's stderr says " + overwhelmed)
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> Files.readString(stderrFile).contains(overwhelmed));
        for (Socket socket : hostile) {
          socket.close();
        }

        long start = System.nanoTime();
        int status = awaitHealth(client, Duration.ofSeconds(30));
        System.out.printf(
            "%s: /health %d on a fresh connection %d ms after the hostile connections closed%n",
            name, status, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        assertThat(status).isEqualTo(200);
        assertThat(shop.jvm().process().isAlive()).isTrue();
      }
    } finally {
      for (Socket socket : hostile) {
        socket.close();
      }
    }
    return Files.readString(stderrFile);
  }

  /** The status of {@code /health} once it answers, refused or reset connections retried. */
  private static int awaitHealth(ShopClient client, Duration within) {
    AtomicInteger status = new AtomicInteger();
    await("/health answers on a fresh connection")
        .atMost(within)
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .untilAsserted(() -> status.set(client.get("/health").status()));
    return status.get();
  }
}
