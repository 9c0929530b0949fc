package dev.leakhunt.testkit;

import dev.leakhunt.contract.shop.ReadyLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The target-app shop in its own {@link ChildJvm}: the shaded jar (or its main class on a
 * classpath) serving on 127.0.0.1, ready once it printed its {@link ReadyLine}, which says the
 * ports it bound. Closing it closes the JMX connection, if one was opened, and stops the shop.
 */
public final class ShopJvm implements AutoCloseable {
  /** How long a shop from its jar gets to print READY by default: a start on a loaded machine. */
  public static final Duration READY_WITHIN = Duration.ofSeconds(60);

  private final ChildJvm jvm;
  private final ReadyLine ready;
  private JMXConnector connector;

  private ShopJvm(ChildJvm jvm, ReadyLine ready) {
    this.jvm = jvm;
    this.ready = ready;
  }

  /**
   * The shop from its shaded jar, {@code target-app/target/target-app.jar}.
   *
   * @throws IllegalStateException when the jar is not built
   */
  public static ChildJvm.Builder jarBuilder(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build the target-app module first (mvn -pl target-app package)");
    }
    return ChildJvm.jar(jar).readyWithin(READY_WITHIN);
  }

  /**
   * Starts the shop and waits for its READY line.
   *
   * @param launch the shop's JVM, from {@link #jarBuilder} or {@link ChildJvm#mainClass}, with the
   *     shop's options as arguments
   * @throws IllegalStateException when it does not get ready, or binds HTTP beyond loopback
   */
  public static ShopJvm start(ChildJvm.Builder launch) throws IOException, InterruptedException {
    ChildJvm jvm = launch.readyWhen(line -> ReadyLine.parse(line).isPresent()).start();
    ReadyLine ready = ReadyLine.parse(jvm.readyLine()).orElseThrow();
    if (!ready.httpHost().equals(Loopback.HOST)) {
      jvm.kill();
      throw new IllegalStateException(
          "the shop serves on " + ready.httpAddress() + ", tests load only " + Loopback.HOST);
    }
    return new ShopJvm(jvm, ready);
  }

  /**
   * Starts the jar with {@code jvmOptions} and {@code shopOptions}.
   *
   * @param jvmOptions e.g. {@code -Xmx256m}
   * @param shopOptions e.g. {@code --port 0 --jmx-port 0 --leak abandoned-carts}
   */
  public static ShopJvm startJar(Path jar, List<String> jvmOptions, List<String> shopOptions)
      throws IOException, InterruptedException {
    return start(jarBuilder(jar).jvmOptions(jvmOptions).arguments(new ArrayList<>(shopOptions)));
  }

  /** The READY line the shop printed: its HTTP and JMX ports. */
  public ReadyLine ready() {
    return ready;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return ready.baseUrl();
  }

  public int httpPort() {
    return ready.httpPort();
  }

  /**
   * The JMX address as {@code watch --jmx} takes it: {@code 127.0.0.1:PORT}.
   *
   * @throws IllegalStateException when the shop runs without JMX
   */
  public String jmxAddress() {
    return ready.jmxAddress();
  }

  /** A remote JMX connection to the shop, opened on first use and closed with the shop. */
  public synchronized MBeanServerConnection connection() throws IOException {
    if (connector == null) {
      connector =
          JMXConnectorFactory.connect(
              new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + jmxAddress() + "/jmxrmi"));
    }
    return connector.getMBeanServerConnection();
  }

  /** The shop's JVM: its pid, its lines after READY, its process. */
  public ChildJvm jvm() {
    return jvm;
  }

  @Override
  public synchronized void close() throws Exception {
    try {
      if (connector != null) {
        connector.close();
      }
    } catch (IOException e) {
      if (jvm.process().isAlive()) {
        throw e;
      }
      // the shop is gone (a test stopped it): there is no server to say goodbye to
    } finally {
      jvm.close();
    }
  }
}
