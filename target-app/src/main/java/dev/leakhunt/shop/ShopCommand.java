package dev.leakhunt.shop;

import dev.leakhunt.shop.http.ConnectionLimits;
import dev.leakhunt.shop.jmx.JmxSecurity;
import dev.leakhunt.shop.leaks.LeakScenario;
import dev.leakhunt.shop.leaks.LeakSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
          "Expose JMX on 127.0.0.1:PORT (registry and connector; see --jmx-password-file and --jmx-keystore); 0 picks a free port. Default: off.")
  Integer jmxPort;

  @Option(
      names = "--jmx-password-file",
      paramLabel = "FILE",
      description =
          "JMX logins, 'USER PASSWORD' per line (jmxremote.password format), readable by the owner only. Default: no authentication.")
  Path jmxPasswordFile;

  @Option(
      names = "--jmx-access-file",
      paramLabel = "FILE",
      description =
          "JMX rights, 'USER readonly|readwrite' per line (jmxremote.access format); needs --jmx-password-file. Default: full access for every login.")
  Path jmxAccessFile;

  @Option(
      names = "--jmx-keystore",
      paramLabel = "FILE",
      description =
          "Key store (PKCS12 or JKS) with the key and certificate for TLS on the JMX registry and connector; needs --jmx-keystore-password-file. Default: no TLS.")
  Path jmxKeyStore;

  @Option(
      names = "--jmx-keystore-password-file",
      paramLabel = "FILE",
      description =
          "File whose first line is the --jmx-keystore password, readable by the owner only.")
  Path jmxKeyStorePasswordFile;

  @Option(
      names = "--leak",
      split = ",",
      paramLabel = "NAME",
      description =
          "Leak scenarios to switch on: abandoned-carts, recently-viewed, unreleased-buffers, stuck-threads, class-per-request, unclosed-gzip, bounded-cache (negative control), slow-product-pages (not a leak: product pages answered 20 ms x amplify late, a latency regression). Default: none.")
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
      converter = PositiveDurationConverter.class,
      description =
          "Idle time after which a cart is evicted, e.g. 30s or 1m30s (default: ${DEFAULT-VALUE}).")
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
      converter = PositiveDurationConverter.class,
      description = "Length of the latency MBeans' interval (default: ${DEFAULT-VALUE}).")
  Duration latencyInterval;

  @Option(
      names = "--max-connections",
      paramLabel = "COUNT",
      description =
          "Connections open at once; more are closed on arrival. Default: the descriptor limit (ulimit -n) minus "
              + DescriptorLimit.RESERVED
              + ", at most "
              + DescriptorLimit.MAX_DEFAULT_CAP
              + ".")
  Integer maxConnections;

  @Option(
      names = "--idle-timeout",
      paramLabel = "DURATION",
      defaultValue = "60s",
      converter = PositiveDurationConverter.class,
      description =
          "A connection without any traffic for this long is closed (default: ${DEFAULT-VALUE}).")
  Duration idleTimeout;

  @Option(
      names = "--read-timeout",
      paramLabel = "DURATION",
      defaultValue = "20s",
      converter = PositiveDurationConverter.class,
      description =
          "A request must arrive whole within this long of its first byte, or gets 408 and the connection is closed (default: ${DEFAULT-VALUE}).")
  Duration readTimeout;

  @Option(
      names = "--write-timeout",
      paramLabel = "DURATION",
      defaultValue = "30s",
      converter = PositiveDurationConverter.class,
      description =
          "A response the client does not take within this long closes the connection (default: ${DEFAULT-VALUE}).")
  Duration writeTimeout;

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
    requireTimeout("--idle-timeout", idleTimeout);
    requireTimeout("--read-timeout", readTimeout);
    requireTimeout("--write-timeout", writeTimeout);
    return new ShopConfig(
        host,
        port,
        jmxPort == null ? ShopConfig.JMX_OFF : jmxPort,
        new LeakSettings(scenarios, leakAmplify),
        cartTtl,
        products,
        ordersKept,
        maxBodyBytes,
        latencyInterval,
        new ConnectionLimits(connectionCap(), idleTimeout, readTimeout, writeTimeout),
        jmxSecurity());
  }

  private int connectionCap() {
    long descriptors = DescriptorLimit.current();
    if (maxConnections == null) {
      return DescriptorLimit.defaultCap(descriptors);
    }
    requireRange("--max-connections", maxConnections, 1, 1_000_000);
    if (descriptors >= 0 && maxConnections > descriptors - DescriptorLimit.RESERVED) {
      // Allowed (a test may want real EMFILE), but the cap then no longer protects the acceptor.
      System.err.println(
          "target-app: warning: --max-connections "
              + maxConnections
              + " is above the descriptor limit "
              + descriptors
              + " minus "
              + DescriptorLimit.RESERVED
              + " for the JVM; accepts may fail with 'Too many open files' before the cap");
    }
    return maxConnections;
  }

  private JmxSecurity jmxSecurity() {
    boolean anySecurity =
        jmxPasswordFile != null
            || jmxAccessFile != null
            || jmxKeyStore != null
            || jmxKeyStorePasswordFile != null;
    if (anySecurity && jmxPort == null) {
      throw usage("--jmx-password-file, --jmx-access-file and --jmx-keystore need --jmx-port");
    }
    if (jmxAccessFile != null && jmxPasswordFile == null) {
      throw usage("--jmx-access-file needs --jmx-password-file");
    }
    if ((jmxKeyStore == null) != (jmxKeyStorePasswordFile == null)) {
      throw usage("--jmx-keystore and --jmx-keystore-password-file go together");
    }
    requireOwnerOnly("--jmx-password-file", jmxPasswordFile);
    requireReadable("--jmx-access-file", jmxAccessFile);
    requireReadable("--jmx-keystore", jmxKeyStore);
    requireOwnerOnly("--jmx-keystore-password-file", jmxKeyStorePasswordFile);
    return new JmxSecurity(jmxPasswordFile, jmxAccessFile, jmxKeyStore, jmxKeyStorePasswordFile);
  }

  private void requireReadable(String option, Path file) {
    if (file != null && !(Files.isRegularFile(file) && Files.isReadable(file))) {
      throw usage(option + " is not a readable file (got " + file + ")");
    }
  }

  /**
   * A file holding a secret must not be readable by anyone but its owner, as the JDK agent asks.
   */
  private void requireOwnerOnly(String option, Path file) {
    requireReadable(option, file);
    if (file == null) {
      return;
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException notPosix) {
      return; // No group/other bits to check on this file system.
    } catch (IOException e) {
      throw usage(option + " cannot be checked (" + e.getMessage() + ")");
    }
    Set<PosixFilePermission> others =
        EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE);
    others.retainAll(permissions);
    if (!others.isEmpty()) {
      throw usage(
          option
              + " "
              + file
              + " is readable or writable by group or others ("
              + PosixFilePermissions.toString(permissions)
              + "); restrict it with chmod 600");
    }
  }

  private void requireTimeout(String option, Duration value) {
    if (value.compareTo(Duration.ofMillis(100)) < 0 || value.compareTo(Duration.ofHours(1)) > 0) {
      throw usage(option + " must be between 100ms and 1h (got " + value.toMillis() + "ms)");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private void requireRange(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new ParameterException(
          spec.commandLine(),
          option + " must be between " + min + " and " + max + " (got " + value + ")");
    }
  }
}
