package dev.leakhunt.shop.jmx;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.server.RMIServerSocketFactory;
import javax.net.ssl.SSLContext;

/**
 * Makes RMI listen with TLS on the loopback address only. (The JDK's {@code
 * SslRMIServerSocketFactory} listens on every interface.) The registry and the JMX connector are
 * given the same instance, which lets the RMI runtime put both on one port.
 */
final class LoopbackSslServerSocketFactory implements RMIServerSocketFactory {
  private static final int BACKLOG = 50;

  private final SSLContext context;

  LoopbackSslServerSocketFactory(SSLContext context) {
    this.context = context;
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return context
        .getServerSocketFactory()
        .createServerSocket(port, BACKLOG, InetAddress.getLoopbackAddress());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LoopbackSslServerSocketFactory factory && factory.context == context;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(context);
  }
}
