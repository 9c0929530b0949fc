package dev.leakhunt.shop.jmx;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.server.RMIServerSocketFactory;

/**
 * Makes RMI listen on the loopback address only. Instances are equal to each other, which lets the
 * RMI runtime put the registry and the JMX connector on one shared port.
 */
final class LoopbackServerSocketFactory implements RMIServerSocketFactory {
  private static final int BACKLOG = 50;

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return new ServerSocket(port, BACKLOG, InetAddress.getLoopbackAddress());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LoopbackServerSocketFactory;
  }

  @Override
  public int hashCode() {
    return LoopbackServerSocketFactory.class.hashCode();
  }
}
