package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.http.ConnectionLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that try to hold the shop's memory or connections: a pipelining flood that never reads, a
 * request head at one byte a second, a chunked body that never ends, an idle connection. Each is
 * closed by its timeout, a well-behaved client keeps being served meanwhile, memory returns to
 * where it was, and the log has one line per bad connection and no stack trace.
 */
class HostileClientsIT {
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(8);
  private static final int FLOOD_REQUESTS = 40_000;
  private static final long MIB = 1024 * 1024;

  private static RunningShop shop;
  private static LogCapture log;

  @BeforeAll
  static void startShop() throws Exception {
    log = LogCapture.install();
    shop =
        RunningShop.start(
            ShopConfig.loopbackDefaults()
                .withConnections(
                    new ConnectionLimits(1000, IDLE_TIMEOUT, READ_TIMEOUT, WRITE_TIMEOUT)));
  }

  @AfterAll
  static void stopShop() throws Exception {
    shop.close();
    log.close();
  }

  @AfterEach
  void noServerErrorsNoStackTraces() {
    assertThat(shop.client().get("/health").status()).isEqualTo(200);
    assertThat(shop.client().stats().get("requestsByStatus").fieldNames())
        .toIterable()
        .noneMatch(status -> status.startsWith("5"));
    assertThat(log.withStackTraces()).isEmpty();
  }

  @Test
  void pipeliningFloodThatNeverReadsNeitherStarvesOthersNorKeepsMemory() throws Exception {
    for (int i = 0; i < 200; i++) {
      shop.client().get("/products?size=100"); // the allocator's pools reach their working size
    }
    long baselineBytes = ResourceProbes.nettyUsedDirectBytes();
    AtomicLong peakBytes = new AtomicLong(baselineBytes);
    Thread sampler = sampleDirectMemory(peakBytes);

    Socket flooder = new Socket("127.0.0.1", shop.port());
    Thread writer = flood(flooder);
    List<Long> answerMillis = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      long start = System.nanoTime();
      assertThat(shop.client().get("/products/" + i).status()).isEqualTo(200);
      answerMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
    // The shop ends the flood itself: more than 128 requests wait for a client that does not read
    // (or, if the kernel's buffers hold all the flood, its one response waits past the write
    // timeout).
    writer.join(WRITE_TIMEOUT.plusSeconds(20).toMillis());
    assertThat(writer.isAlive()).as("flooder still connected").isFalse();
    flooder.close();
    sampler.interrupt();
    sampler.join();

    long afterBytes = awaitDirectMemoryAtMost(baselineBytes + MIB, Duration.ofSeconds(20));
    System.out.printf(
        "flood: direct memory baseline %.1f MiB, peak %.1f MiB, after %.1f MiB;"
            + " well-behaved client slowest answer %d ms%n",
        baselineBytes / (double) MIB,
        peakBytes.get() / (double) MIB,
        afterBytes / (double) MIB,
        answerMillis.stream().mapToLong(Long::longValue).max().orElseThrow());
    assertThat(peakBytes.get() - baselineBytes).isLessThan(16 * MIB);
    assertThat(afterBytes).isLessThanOrEqualTo(baselineBytes + MIB);
    assertThat(log.messages())
        .anyMatch(
            line ->
                line.contains("maxPipelineDepth exceeded: 128")
                    || line.contains("did not take its response within the write timeout"));
  }

  @Test
  void clientThatStopsReadingIsClosedAtTheWriteTimeout() throws Exception {
    try (Socket stalled = new Socket()) {
      stalled.setReceiveBufferSize(4096);
      stalled.connect(new InetSocketAddress("127.0.0.1", shop.port()));
      byte[] batch =
          "GET /products?size=100 HTTP/1.1\r\nHost: shop\r\n\r\n"
              .repeat(20)
              .getBytes(StandardCharsets.US_ASCII);
      long start = System.nanoTime();
      long closedAfterMs = -1;
      // Small batches, so that the shop never holds more than a few unanswered requests: once the
      // kernel's buffers are full of responses, only the write timeout can end this connection.
      for (int i = 0; i < 2000 && closedAfterMs < 0; i++) {
        try {
          stalled.getOutputStream().write(batch);
          Thread.sleep(50);
        } catch (IOException closedByShop) {
          closedAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
      }

      assertThat(closedAfterMs).isBetween(WRITE_TIMEOUT.toMillis(), 60_000L);
      assertThat(log.messages())
          .anyMatch(line -> line.contains("did not take its response within the write timeout"));
    }
  }

  @Test
  void requestHeadAtOneByteASecondGets408AtTheReadTimeout() throws Exception {
    byte[] head = "GET /health HTTP/1.1\r\nHost: shop\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    try (RawHttp connection = RawHttp.connect(shop.port(), Duration.ofSeconds(30))) {
      long start = System.nanoTime();
      Thread trickle =
          new Thread(
              () -> {
                try {
                  for (byte b : head) {
                    connection.send(new byte[] {b});
                    Thread.sleep(1000);
                  }
                } catch (IOException | InterruptedException closed) {
                  // The shop closed the connection: what this test expects.
                }
              },
              "slowloris");
      trickle.setDaemon(true);
      trickle.start();

      RawHttp.Response response = connection.read();
      long closedAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertThat(response.status()).isEqualTo(408);
      assertThat(response.body()).contains("read timeout of 2000 ms");
      assertThat(connection.closedByShop()).isTrue();
      assertThat(closedAfterMs).isBetween(READ_TIMEOUT.toMillis(), READ_TIMEOUT.toMillis() + 5000);
      trickle.interrupt();
    }
  }

  @Test
  void chunkedBodyThatNeverEndsGets408AtTheReadTimeout() throws Exception {
    String cartId = shop.client().newCart();
    try (RawHttp connection = RawHttp.connect(shop.port(), Duration.ofSeconds(30))) {
      long start = System.nanoTime();
      RawHttp.Response response =
          connection
              .send(
                  "POST /carts/"
                      + cartId
                      + "/items HTTP/1.1\r\nHost: shop\r\nContent-Type: application/json\r\n"
                      + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"pro\r\n")
              .read();
      long closedAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertThat(response.status()).isEqualTo(408);
      assertThat(connection.closedByShop()).isTrue();
      assertThat(closedAfterMs).isBetween(READ_TIMEOUT.toMillis(), READ_TIMEOUT.toMillis() + 5000);
    }
  }

  @Test
  void idleConnectionIsClosedAtTheIdleTimeout() throws Exception {
    try (RawHttp connection = RawHttp.connect(shop.port(), Duration.ofSeconds(30))) {
      long start = System.nanoTime();
      assertThat(connection.send("GET /health HTTP/1.1\r\nHost: shop\r\n\r\n").read().status())
          .isEqualTo(200);

      assertThat(connection.closedByShop()).isTrue();
      long closedAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(closedAfterMs).isBetween(IDLE_TIMEOUT.toMillis(), IDLE_TIMEOUT.toMillis() + 5000);
    }
  }

  /** Writes the pipelined requests until done or the shop closes the connection. */
  private static Thread flood(Socket flooder) {
    byte[] request =
        "GET /products?size=100 HTTP/1.1\r\nHost: shop\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    Thread writer =
        new Thread(
            () -> {
              try {
                OutputStream out = flooder.getOutputStream();
                for (int i = 0; i < FLOOD_REQUESTS; i++) {
                  out.write(request);
                }
                out.flush();
                // All written (the kernel's buffers took them): wait for the shop to hang up.
                while (flooder.getInputStream().skip(Long.MAX_VALUE) > 0) {
                  // never reached before the write timeout: this client does not read
                }
              } catch (IOException closedByShop) {
                // The write timeout closed the connection.
              }
            },
            "flooder");
    writer.setDaemon(true);
    writer.start();
    return writer;
  }

  private static Thread sampleDirectMemory(AtomicLong peakBytes) {
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peakBytes.accumulateAndGet(ResourceProbes.nettyUsedDirectBytes(), Math::max);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "direct-memory-sampler");
    sampler.setDaemon(true);
    sampler.start();
    return sampler;
  }

  private static long awaitDirectMemoryAtMost(long limitBytes, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    long usedBytes = ResourceProbes.nettyUsedDirectBytes();
    while (usedBytes > limitBytes && System.nanoTime() < deadline) {
      Thread.sleep(200);
      usedBytes = ResourceProbes.nettyUsedDirectBytes();
    }
    return usedBytes;
  }
}
