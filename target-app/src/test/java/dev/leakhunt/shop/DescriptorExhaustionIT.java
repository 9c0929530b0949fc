package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.contract.shop.ReadyLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    String stderr = exhaustAndRecover("cap", List.of());

    assertThat(stderr)
        .contains("connection cap of " + (DESCRIPTOR_LIMIT - 128) + " reached")
        .doesNotContain("Too many open files");
    assertThat(stderr).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }

  @Test
  void acceptorSurvivesTooManyOpenFiles() throws Exception {
    String stderr = exhaustAndRecover("emfile", List.of("--max-connections", "1000"));

    assertThat(stderr).contains("--max-connections 1000 is above the descriptor limit 256");
    assertThat(stderr).contains("cannot accept connections (IOException: Too many open files");
    assertThat(stderr)
        .doesNotContain("\tat ")
        .doesNotContain("NoClassDefFoundError")
        .doesNotContain("Exception in thread");
  }

  /** Starts the shop under the limit, floods it with idle connections, closes them; its stderr. */
  private static String exhaustAndRecover(String name, List<String> shopOptions) throws Exception {
    Path runs = Files.createDirectories(Path.of("target", "it-runs", "descriptors"));
    Path stderrFile = runs.resolve(name + ".stderr");
    List<String> command =
        new ArrayList<>(
            List.of(
                "bash",
                "-c",
                "ulimit -n " + DESCRIPTOR_LIMIT + " && exec \"$0\" \"$@\"",
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx128m",
                "-jar",
                JAR.toString(),
                "--port",
                "0",
                "--products",
                "100"));
    command.addAll(shopOptions);
    Process shop = new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
    List<Socket> hostile = new ArrayList<>();
    try {
      int port = awaitReady(shop);
      try (ShopClient client = new ShopClient("http://127.0.0.1:" + port)) {
        assertThat(client.get("/health").status()).isEqualTo(200);

        for (int i = 0; i < HOSTILE_CONNECTIONS; i++) {
          hostile.add(new Socket("127.0.0.1", port)); // the kernel completes them: the shop may not
        }
        Thread.sleep(1500); // lets the shop reach its cap or the limit on the flood
        for (Socket socket : hostile) {
          socket.close();
        }

        long start = System.nanoTime();
        int status = awaitHealth(client, Duration.ofSeconds(30));
        System.out.printf(
            "%s: /health %d on a fresh connection %d ms after the hostile connections closed%n",
            name, status, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        assertThat(status).isEqualTo(200);
        assertThat(shop.isAlive()).isTrue();
      }
    } finally {
      for (Socket socket : hostile) {
        socket.close();
      }
      shop.destroy();
      shop.waitFor(20, TimeUnit.SECONDS);
      shop.destroyForcibly();
    }
    return Files.readString(stderrFile);
  }

  private static int awaitReady(Process shop) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(shop.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("first stdout line").isNotNull();
    ReadyLine ready = ReadyLine.parse(line).orElseThrow(() -> new AssertionError(line));
    assertThat(ready.httpHost()).as(line).isEqualTo("127.0.0.1");
    assertThat(ready.jmxOn()).as(line).isFalse();
    return ready.httpPort();
  }

  private static int awaitHealth(ShopClient client, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      try {
        return client.get("/health").status();
      } catch (RuntimeException refusedOrReset) {
        if (System.nanoTime() > deadline) {
          throw refusedOrReset;
        }
        Thread.sleep(200);
      }
    }
  }
}
