package dev.leakhunt.analyzer.sampler.diagnosis;

import dev.leakhunt.testkit.ChildJvm;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A {@link LeakyProgram} in a {@link ChildJvm}, connected over real remote JMX at the address it
 * prints ({@code JMX <url>}); closing disconnects and stops it.
 */
final class LeakyChild implements AutoCloseable {
  private final ChildJvm jvm;
  private final JMXConnector connector;

  private LeakyChild(ChildJvm jvm, JMXConnector connector) {
    this.jvm = jvm;
    this.connector = connector;
  }

  /** Starts the scenario with a 256 MB heap and connects to it; it stops itself after 90 s. */
  static LeakyChild start(String scenario) throws IOException, InterruptedException {
    ChildJvm jvm =
        ChildJvm.mainClass(
                LeakyProgram.class.getName(),
                Path.of("target", "test-classes").toAbsolutePath().toString())
            .jvmOptions("-Xmx256m")
            .arguments(scenario, "90")
            .readyWhen(line -> line.startsWith("JMX "))
            .stopGrace(Duration.ofSeconds(5))
            .start();
    try {
      JMXServiceURL url = new JMXServiceURL(jvm.readyLine().substring("JMX ".length()));
      return new LeakyChild(jvm, JMXConnectorFactory.connect(url));
    } catch (IOException e) {
      jvm.kill();
      throw e;
    }
  }

  MBeanServerConnection connection() throws IOException {
    return connector.getMBeanServerConnection();
  }

  @Override
  public void close() throws Exception {
    try {
      connector.close();
    } finally {
      jvm.close();
    }
  }
}
