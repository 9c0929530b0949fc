package dev.leakhunt.analyzer.it.programs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.RMIServerSocketFactory;
import java.util.Map;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;
import javax.management.remote.rmi.RMIJRMPServerImpl;
import javax.net.ssl.SSLServerSocketFactory;
import javax.rmi.ssl.SslRMIClientSocketFactory;

/**
 * A target whose RMI registry speaks TLS (key store from the javax.net.ssl.keyStore properties) on
 * the loopback port {@code -Dleakhunt.jmx.port} but hands out a stub for a plain-text connector on
 * another port: what a client that trusts the registry must refuse ({@code
 * jmx.remote.x.check.stub}), since the stub, not the registry, decides where its data goes.
 */
public final class TlsRegistryPlainConnectorProgram {
  static volatile Object sink;

  public static void main(String[] args) throws Exception {
    int port = Integer.getInteger("leakhunt.jmx.port");
    System.setProperty("java.rmi.server.hostname", "127.0.0.1");
    InetAddress loopback = InetAddress.getLoopbackAddress();
    RMIServerSocketFactory tls =
        requested ->
            SSLServerSocketFactory.getDefault().createServerSocket(requested, 50, loopback);
    RMIServerSocketFactory plain = requested -> new ServerSocket(requested, 50, loopback);
    Registry registry = LocateRegistry.createRegistry(port, new SslRMIClientSocketFactory(), tls);
    Map<String, Object> environment =
        Map.of(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, plain);
    RMIJRMPServerImpl server = new RMIJRMPServerImpl(0, null, plain, environment);
    new RMIConnectorServer(
            new JMXServiceURL("service:jmx:rmi://127.0.0.1"),
            environment,
            server,
            ManagementFactory.getPlatformMBeanServer())
        .start();
    registry.bind("jmxrmi", server.toStub());
    ProgramClock.run(args, 100, elapsedMs -> sink = new byte[1024]);
  }
}
