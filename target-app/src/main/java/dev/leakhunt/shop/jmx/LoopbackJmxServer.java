package dev.leakhunt.shop.jmx;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.AlreadyBoundException;
import java.rmi.NoSuchObjectException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.RMIClientSocketFactory;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;
import javax.management.remote.rmi.RMIJRMPServerImpl;
import javax.rmi.ssl.SslRMIClientSocketFactory;

/**
 * Exposes the platform MBean server over RMI on one loopback port (registry and connector share it)
 * at {@code service:jmx:rmi:///jndi/rmi://127.0.0.1:PORT/jmxrmi}, optionally with password
 * authentication (the JDK's password and access file formats) and TLS for both the registry and the
 * connector, as the JDK agent's {@code registry.ssl=true} does. Clients then need {@code
 * SslRMIClientSocketFactory} for the registry; the stubs they get carry it for the rest.
 *
 * <p>Started in code rather than with {@code -Dcom.sun.management.jmxremote.port}, because the JDK
 * agent also opens an ephemeral port on all interfaces even when told {@code host=127.0.0.1}.
 */
public final class LoopbackJmxServer implements AutoCloseable {
  private static final String LOOPBACK = "127.0.0.1";
  private static final String CONNECTOR_NAME = "jmxrmi";

  private final Registry registry;
  private final JMXConnectorServer connector;
  private final int port;

  private LoopbackJmxServer(Registry registry, JMXConnectorServer connector, int port) {
    this.registry = registry;
    this.connector = connector;
    this.port = port;
  }

  /**
   * Starts the registry and connector without authentication or TLS.
   *
   * @param requestedPort loopback port to listen on, or 0 to pick a free one
   * @throws IOException if the port is taken or RMI cannot start
   */
  public static LoopbackJmxServer start(int requestedPort) throws IOException {
    try {
      return start(requestedPort, JmxSecurity.none());
    } catch (GeneralSecurityException noKeyStoreNoSuchFailure) {
      throw new IllegalStateException(noKeyStoreNoSuchFailure);
    }
  }

  /**
   * Starts the registry and connector.
   *
   * @param requestedPort loopback port to listen on, or 0 to pick a free one
   * @param security password file, access file and key store, each optional
   * @throws IOException if the port is taken, RMI cannot start or a file cannot be read
   * @throws GeneralSecurityException if the key store cannot be used
   */
  public static LoopbackJmxServer start(int requestedPort, JmxSecurity security)
      throws IOException, GeneralSecurityException {
    // Stubs handed to clients carry this host; without it they name an address we do not listen on.
    System.setProperty("java.rmi.server.hostname", LOOPBACK);
    int port = requestedPort == 0 ? freeLoopbackPort() : requestedPort;
    RMIServerSocketFactory sockets;
    RMIClientSocketFactory clientSockets = null;
    if (security.tls()) {
      sockets =
          new LoopbackSslServerSocketFactory(
              KeyStoreContext.load(security.keyStore(), security.keyStorePasswordFile()));
      clientSockets = new SslRMIClientSocketFactory();
    } else {
      sockets = new LoopbackServerSocketFactory();
    }
    Registry registry = LocateRegistry.createRegistry(port, clientSockets, sockets);
    try {
      Map<String, Object> environment = new HashMap<>();
      environment.put(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, sockets);
      if (clientSockets != null) {
        environment.put(RMIConnectorServer.RMI_CLIENT_SOCKET_FACTORY_ATTRIBUTE, clientSockets);
      }
      // Credentials arrive as a serialized object: accept a String[] and nothing else.
      environment.put(RMIConnectorServer.CREDENTIALS_FILTER_PATTERN, "java.lang.String;!*");
      if (security.authenticates()) {
        environment.put("jmx.remote.x.password.file", security.passwordFile().toString());
        if (security.accessFile() != null) {
          environment.put("jmx.remote.x.access.file", security.accessFile().toString());
        }
      }
      RMIJRMPServerImpl server = new RMIJRMPServerImpl(port, clientSockets, sockets, environment);
      JMXConnectorServer connector =
          new RMIConnectorServer(
              new JMXServiceURL("service:jmx:rmi://" + LOOPBACK + ":" + port),
              environment,
              server,
              ManagementFactory.getPlatformMBeanServer());
      connector.start();
      // Bound in the registry object itself, not through a JNDI URL: that would be a network
      // call, in plain text even when the registry speaks TLS (as the JDK agent does it too).
      registry.bind(CONNECTOR_NAME, server.toStub());
      return new LoopbackJmxServer(registry, connector, port);
    } catch (AlreadyBoundException e) {
      UnicastRemoteObject.unexportObject(registry, true);
      throw new IOException(e);
    } catch (IOException | RuntimeException e) {
      UnicastRemoteObject.unexportObject(registry, true);
      throw e;
    }
  }

  /** The loopback port clients connect to. */
  public int port() {
    return port;
  }

  /** The URL a JMX client connects to. */
  public String clientUrl() {
    return "service:jmx:rmi:///jndi/rmi://" + LOOPBACK + ":" + port + "/jmxrmi";
  }

  @Override
  public void close() throws IOException {
    try {
      connector.stop();
    } finally {
      try {
        UnicastRemoteObject.unexportObject(registry, true);
      } catch (NoSuchObjectException alreadyUnexported) {
        // Nothing left to close.
      }
    }
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return probe.getLocalPort();
    }
  }
}
