package dev.leakhunt.shop;

import dev.leakhunt.shop.leaks.LeakScenario;
import dev.leakhunt.shop.leaks.LeakSettings;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The shop's command line: options, validation, start, READY line, graceful stop on SIGTERM. */
@Command(
    name = "target-app",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "A sample e-commerce shop (Netty HTTP/1.1, JSON, in memory) with switchable real leaks.",
      "Prints 'READY http=HOST:PORT jmx=127.0.0.1:PORT|off' once serving; stops on SIGTERM."
    })
final class ShopCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind HTTP to (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--jmx-port",
      paramLabel = "PORT",
      description =
          "Expose JMX on 127.0.0.1:PORT (registry and connector, no auth/SSL); 0 picks a free port. Default: off.")
  Integer jmxPort;

  @Option(
      names = "--leak",
      split = ",",
      paramLabel = "NAME",
      description =
          "Leak scenarios to switch on: abandoned-carts, recently-viewed, unreleased-buffers, stuck-threads, class-per-request, unclosed-gzip, bounded-cache (negative control). Default: none.")
  List<String> leakNames = List.of();

  @Option(
      names = "--leak-amplify",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Multiplies how much each leaky request leaks, 1..10000 (default: ${DEFAULT-VALUE}).")
  int leakAmplify;

  @Option(
      names = "--cart-ttl",
      paramLabel = "DURATION",
      defaultValue = "10m",
      converter = DurationConverter.class,
      description =
          "Idle time after which a cart is evicted, e.g. 30s (default: ${DEFAULT-VALUE}).")
  Duration cartTtl;

  @Option(
      names = "--products",
      paramLabel = "COUNT",
      defaultValue = "10000",
      description = "Catalog size, 1..1000000 (default: ${DEFAULT-VALUE}).")
  int products;

  @Option(
      names = "--orders-kept",
      paramLabel = "COUNT",
      defaultValue = "10000",
      description =
          "Recent orders retained (older ones 404), 1..1000000 (default: ${DEFAULT-VALUE}).")
  int ordersKept;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "BYTES",
      defaultValue = "65536",
      description = "Largest request body; larger gets 413 (default: ${DEFAULT-VALUE}).")
  int maxBodyBytes;

  @Option(
      names = "--latency-interval",
      paramLabel = "DURATION",
      defaultValue = "5s",
      converter = DurationConverter.class,
      description = "Length of the latency MBeans' interval (default: ${DEFAULT-VALUE}).")
  Duration latencyInterval;

  @Override
  public Integer call() throws Exception {
    ShopConfig config = toConfig();
    ShopServer server = ShopServer.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                    System.out.println("STOPPED");
                    System.out.flush();
                  } catch (Exception e) {
                    System.err.println("target-app: unclean stop: " + e);
                  } finally {
                    stopped.countDown();
                  }
                },
                "shop-shutdown"));
    System.out.println(server.readyLine());
    System.out.flush();
    stopped.await();
    return 0;
  }

  ShopConfig toConfig() {
    requireRange("--port", port, 0, 65_535);
    if (jmxPort != null) {
      requireRange("--jmx-port", jmxPort, 0, 65_535);
    }
    requireRange("--products", products, 1, 1_000_000);
    requireRange("--orders-kept", ordersKept, 1, 1_000_000);
    requireRange("--max-body-bytes", maxBodyBytes, 1024, 16 * 1024 * 1024);
    requireRange("--leak-amplify", leakAmplify, 1, LeakSettings.MAX_AMPLIFY);
    Set<LeakScenario> scenarios = EnumSet.noneOf(LeakScenario.class);
    for (String name : leakNames) {
      try {
        scenarios.add(LeakScenario.fromCliName(name));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--leak: " + e.getMessage());
      }
    }
    return new ShopConfig(
        host,
        port,
        jmxPort == null ? ShopConfig.JMX_OFF : jmxPort,
        new LeakSettings(scenarios, leakAmplify),
        cartTtl,
        products,
        ordersKept,
        maxBodyBytes,
        latencyInterval);
  }

  private void requireRange(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new ParameterException(
          spec.commandLine(),
          option + " must be between " + min + " and " + max + " (got " + value + ")");
    }
  }
}
