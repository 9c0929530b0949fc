package dev.leakhunt.analyzer.sampler.diagnosis;

import dev.leakhunt.contract.shop.ReadyLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The target-app shop as its own process (the shaded jar the build makes before this module),
 * serving on loopback with its JMX connector on a free loopback port; closing stops it.
 */
public final class ShopProcess implements AutoCloseable {
  static final Path JAR = Path.of("..", "target-app", "target", "target-app.jar");
  private final Process process;
  private final JMXConnector connector;
  private final int httpPort;
  private final int jmxPort;

  private ShopProcess(Process process, JMXConnector connector, int httpPort, int jmxPort) {
    this.process = process;
    this.connector = connector;
    this.httpPort = httpPort;
    this.jmxPort = jmxPort;
  }

  /**
   * Starts the shop with a 256 MB heap, 500 products, 2 s cart TTL and 100 kept orders, so that a
   * clean shop holds a steady heap within seconds.
   *
   * @param shopArguments extra options, e.g. {@code --leak abandoned-carts --leak-amplify 8}
   */
  public static ShopProcess start(String... shopArguments) throws IOException {
    return start(List.of(), shopArguments);
  }

  /**
   * Starts the shop as {@link #start(String...)} does, with extra JVM options.
   *
   * @param jvmOptions e.g. {@code -XX:NativeMemoryTracking=summary}
   * @param shopArguments extra shop options
   */
  public static ShopProcess start(List<String> jvmOptions, String... shopArguments)
      throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR + " is missing: build the target-app module first (mvn -pl target-app package)");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            JAR.toAbsolutePath().toString(),
            "--port",
            "0",
            "--jmx-port",
            "0",
            "--products",
            "500",
            "--cart-ttl",
            "2s",
            "--orders-kept",
            "100"));
    command.addAll(List.of(shopArguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Optional<ReadyLine> ready =
          ReadyLine.parse(line).filter(r -> r.httpHost().equals("127.0.0.1") && r.jmxOn());
      if (ready.isPresent()) {
        String url = "service:jmx:rmi:///jndi/rmi://" + ready.get().jmxAddress() + "/jmxrmi";
        drain(out);
        return new ShopProcess(
            process,
            JMXConnectorFactory.connect(new JMXServiceURL(url)),
            ready.get().httpPort(),
            ready.get().jmxPort());
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("the shop exited without printing its READY line");
  }

  /** Keeps reading the shop's output so that it never blocks on a full pipe. */
  private static void drain(BufferedReader out) {
    Thread drainer =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {
                  // discarded: the tests judge the shop over JMX and HTTP
                }
              } catch (IOException e) {
                // the shop is gone
              }
            },
            "shop-output");
    drainer.setDaemon(true);
    drainer.start();
  }

  public MBeanServerConnection connection() throws IOException {
    return connector.getMBeanServerConnection();
  }

  /** The shop's JMX address as {@code watch --jmx} takes it: {@code 127.0.0.1:PORT}. */
  public String jmxAddress() {
    return "127.0.0.1:" + jmxPort;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  @Override
  public void close() throws Exception {
    try {
      connector.close();
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
