package dev.leakhunt.analyzer.it.programs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.registry.LocateRegistry;
import java.rmi.server.RMIServerSocketFactory;
import java.util.Map;
import java.util.Random;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;

/**
 * A clean churning service that serves JMX itself on the loopback port {@code -Dleakhunt.jmx.port}
 * and, {@code -Dleakhunt.jmx.dropAtSeconds} after start, stops its connector server (which closes
 * every client connection) for {@code -Dleakhunt.jmx.downSeconds}, then serves again on the same
 * port: a lost connection to a target that lives on, as a network blip or a restarted agent gives.
 */
public final class RestartingJmxProgram {
  static final byte[][] WORKING_SET = new byte[128][];
  static volatile Object sink;

  public static void main(String[] args) throws Exception {
    int port = Integer.getInteger("leakhunt.jmx.port");
    long dropAtMs = Long.getLong("leakhunt.jmx.dropAtSeconds", 20) * 1000;
    long downMs = Long.getLong("leakhunt.jmx.downSeconds", 4) * 1000;
    System.setProperty("java.rmi.server.hostname", "127.0.0.1");
    // One factory instance, so that the registry and the connector share the port.
    RMIServerSocketFactory loopback =
        requested -> new ServerSocket(requested, 50, InetAddress.getLoopbackAddress());
    LocateRegistry.createRegistry(port, null, loopback);
    JMXServiceURL url =
        new JMXServiceURL(
            "service:jmx:rmi://127.0.0.1:" + port + "/jndi/rmi://127.0.0.1:" + port + "/jmxrmi");
    Map<String, Object> environment =
        Map.of(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, loopback);
    JMXConnectorServer[] server = {start(url, environment)};
    Random random = new Random(7);
    boolean[] dropped = {false};
    ProgramClock.run(
        args,
        50,
        elapsedMs -> {
          for (int i = 0; i < 4; i++) {
            WORKING_SET[random.nextInt(WORKING_SET.length)] = new byte[64 * 1024];
          }
          sink = new byte[8192];
          if (!dropped[0] && elapsedMs >= dropAtMs) {
            dropped[0] = true;
            server[0].stop();
            System.out.println("JMX DOWN");
            Thread.sleep(downMs);
            server[0] = start(url, environment);
            System.out.println("JMX UP");
          }
        });
  }

  private static JMXConnectorServer start(JMXServiceURL url, Map<String, Object> environment)
      throws Exception {
    JMXConnectorServer server =
        JMXConnectorServerFactory.newJMXConnectorServer(
            url, environment, ManagementFactory.getPlatformMBeanServer());
    server.start();
    return server;
  }
}
