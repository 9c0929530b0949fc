package dev.leakhunt.analyzer.it.programs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.registry.LocateRegistry;
import java.rmi.server.RMIServerSocketFactory;
import java.util.Map;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;

/**
 * A replacement process waiting in the wings: started and warm, it serves JMX on the loopback port
 * {@code -Dleakhunt.jmx.port} only once the file {@code -Dleakhunt.jmx.startWhen} exists, so a test
 * can kill a target and have "its supervisor's restart" listen on the same port within
 * milliseconds, however slowly a loaded machine starts JVMs.
 */
public final class StandbyJmxProgram {
  static volatile Object sink;

  public static void main(String[] args) throws Exception {
    int port = Integer.getInteger("leakhunt.jmx.port");
    Path trigger = Path.of(System.getProperty("leakhunt.jmx.startWhen"));
    System.setProperty("java.rmi.server.hostname", "127.0.0.1");
    System.out.println("READY standby");
    long lifeEndMs = System.currentTimeMillis() + Long.parseLong(args[0]) * 1000;
    while (!Files.exists(trigger) && System.currentTimeMillis() < lifeEndMs) {
      Thread.sleep(10);
    }
    RMIServerSocketFactory loopback =
        requested -> new ServerSocket(requested, 50, InetAddress.getLoopbackAddress());
    // The killed target's port may take a moment to be free: retry for up to 10 s.
    for (int attempt = 0; ; attempt++) {
      try {
        LocateRegistry.createRegistry(port, null, loopback);
        break;
      } catch (java.rmi.server.ExportException e) {
        if (attempt >= 200) {
          throw e;
        }
        Thread.sleep(50);
      }
    }
    JMXServiceURL url =
        new JMXServiceURL(
            "service:jmx:rmi://127.0.0.1:" + port + "/jndi/rmi://127.0.0.1:" + port + "/jmxrmi");
    JMXConnectorServerFactory.newJMXConnectorServer(
            url,
            Map.of(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, loopback),
            ManagementFactory.getPlatformMBeanServer())
        .start();
    System.out.println("JMX UP");
    while (System.currentTimeMillis() < lifeEndMs) {
      sink = new byte[4096];
      Thread.sleep(20);
    }
    System.exit(0);
  }
}
