package dev.leakhunt.analyzer.sampler.diagnosis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** A {@link LeakyProgram} in its own JVM, connected over real remote JMX; closing kills it. */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final JMXConnector connector;

  private ChildJvm(Process process, JMXConnector connector) {
    this.process = process;
    this.connector = connector;
  }

  /** Starts the scenario with a 256 MB heap and connects to it; it stops itself after 90 s. */
  static ChildJvm start(String scenario) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(Path.of("target", "test-classes").toAbsolutePath().toString());
    command.add(LeakyProgram.class.getName());
    command.add(scenario);
    command.add("90");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("JMX ")) {
      process.destroyForcibly();
      throw new IllegalStateException("child JVM did not print its JMX address, got: " + line);
    }
    JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(line.substring(4)));
    return new ChildJvm(process, connector);
  }

  MBeanServerConnection connection() throws IOException {
    return connector.getMBeanServerConnection();
  }

  @Override
  public void close() throws Exception {
    try {
      connector.close();
    } finally {
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
