package dev.leakhunt.soak.target;

import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.contract.shop.ReadyLine;
import dev.leakhunt.soak.settings.ShopOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the embedded sample shop as its own JVM on loopback, HTTP and JMX on free ports, its
 * output in a log file, and waits for its READY line.
 */
public final class ShopLauncher {
  private static final Duration LOG_POLL_INTERVAL = Duration.ofMillis(100);

  private final Path javaBinary;
  private final Path shopJar;

  /** A launcher that runs {@code shopJar} with {@code javaBinary}. */
  public ShopLauncher(Path javaBinary, Path shopJar) {
    this.javaBinary = javaBinary;
    this.shopJar = shopJar;
  }

  /**
   * The shop's command line for {@code options}: loopback only, ports picked by the shop. The heap
   * is pinned and touched at start ({@code -Xms} = {@code -Xmx}, {@code -XX:+AlwaysPreTouch}), so
   * that the process's resident set ({@code rss}) grows with native memory only, not with the heap
   * expanding into its maximum (judged on its own as {@code heap.live}).
   */
  public List<String> command(ShopOptions options) {
    List<String> command = new ArrayList<>();
    command.add(javaBinary.toString());
    command.addAll(
        List.of(
            "-Xms" + options.maxHeap(),
            "-Xmx" + options.maxHeap(),
            "-XX:+AlwaysPreTouch",
            "-jar",
            shopJar.toString()));
    command.addAll(List.of("--host", "127.0.0.1", "--port", "0", "--jmx-port", "0"));
    command.addAll(List.of("--cart-ttl", DurationText.format(options.cartTtl())));
    command.addAll(List.of("--orders-kept", Integer.toString(options.ordersKept())));
    if (!options.leaks().isEmpty()) {
      command.addAll(List.of("--leak", String.join(",", options.leaks())));
      command.addAll(List.of("--leak-amplify", Integer.toString(options.leakAmplify())));
    }
    return command;
  }

  /**
   * Starts the shop and returns once it printed its READY line.
   *
   * @param log file that receives the shop's stdout and stderr
   * @throws IllegalStateException when the jar is missing, or the shop exits or stays silent for
   *     {@code timeout} before it is ready (it is killed then); the message quotes the log's end
   */
  public RunningShop start(ShopOptions options, Path log, Duration timeout)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(shopJar)) {
      throw new IllegalStateException(
          "shop jar not found at " + shopJar + "; build it first (./soak builds everything)");
    }
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process process =
        new ProcessBuilder(command(options))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      Optional<ReadyLine> ready = readyLine(log);
      if (ready.isPresent()) {
        return new RunningShop(process, ready.get());
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the shop exited with code "
                + process.exitValue()
                + " before it was ready: "
                + lastLine(log)
                + " (see "
                + log
                + ")");
      }
      if (Instant.now().isAfter(deadline)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "the shop printed no READY line within "
                + timeout.toSeconds()
                + " s and was killed"
                + " (see "
                + log
                + ")");
      }
      Thread.sleep(LOG_POLL_INTERVAL.toMillis());
    }
  }

  private static Optional<ReadyLine> readyLine(Path log) throws IOException {
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Optional<ReadyLine> ready = readyForASoak(line);
      if (ready.isPresent()) {
        return ready;
      }
    }
    return Optional.empty();
  }

  /** The shop's READY line when {@code line} is one with JMX on: a soak needs the analyzer in. */
  static Optional<ReadyLine> readyForASoak(String line) {
    return ReadyLine.parse(line).filter(ReadyLine::jmxOn);
  }

  private static String lastLine(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
  }
}
