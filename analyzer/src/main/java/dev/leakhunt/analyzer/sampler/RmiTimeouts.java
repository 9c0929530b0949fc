package dev.leakhunt.analyzer.sampler;

import java.io.IOException;
import java.rmi.server.RMISocketFactory;

/**
 * Socket-level time limits for every RMI connection this JVM opens, JMX ones included. Install
 * once, before the first connection: the RMI transport reads its properties when its classes load.
 *
 * <p>Without them a frozen target (SIGSTOP, a full GC that never ends) holds a thread in the RMI
 * handshake for 60 s ({@code sun.rmi.transport.tcp.handshakeTimeout}'s default) on every connect,
 * and in a read forever ({@code responseTimeout} defaults to none). {@code
 * sun.rmi.transport.proxy.connectTimeout} only ever applied to the HTTP tunnelling that JDK 9
 * removed, so the connect timeout comes from the socket factory instead.
 */
public final class RmiTimeouts {
  /** Longest TCP connect, ms. */
  public static final int CONNECT_TIMEOUT_MS = 10_000;

  /** Longest wait for the RMI handshake's answer on a new connection, ms. */
  public static final int HANDSHAKE_TIMEOUT_MS = 10_000;

  /** Longest wait for the answer to one remote call, ms. */
  public static final int RESPONSE_TIMEOUT_MS = 30_000;

  private RmiTimeouts() {}

  /** Sets the limits unless the user set them with {@code -D}; idempotent. */
  public static synchronized void install() {
    setUnlessSet("sun.rmi.transport.tcp.handshakeTimeout", HANDSHAKE_TIMEOUT_MS);
    setUnlessSet("sun.rmi.transport.tcp.responseTimeout", RESPONSE_TIMEOUT_MS);
    if (RMISocketFactory.getSocketFactory() == null) {
      try {
        RMISocketFactory.setSocketFactory(
            new TimeoutSocketFactory(CONNECT_TIMEOUT_MS, RESPONSE_TIMEOUT_MS));
      } catch (IOException e) {
        // Set by someone else in this JVM already: their factory stays, the calls' own deadlines
        // still hold the watch's schedule.
      }
    }
  }

  private static void setUnlessSet(String property, int valueMs) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, Integer.toString(valueMs));
    }
  }
}
