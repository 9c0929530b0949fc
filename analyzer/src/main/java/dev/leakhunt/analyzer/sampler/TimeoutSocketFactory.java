package dev.leakhunt.analyzer.sampler;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;

/**
 * RMI client sockets that give up: a connect that gets no SYN-ACK within the connect timeout, and a
 * read that gets no byte within the read timeout, fail with an {@link IOException} instead of
 * blocking a thread for minutes. The JDK's default RMI sockets have neither; a frozen or
 * unreachable target would otherwise hold the calling thread until the kernel gives up.
 *
 * <p>These socket-level limits only reclaim threads: the watch holds its own schedule by waiting
 * for each call with a deadline of its own (see the cli's bounded calls).
 */
public final class TimeoutSocketFactory extends RMISocketFactory implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int connectTimeoutMs;
  private final int readTimeoutMs;

  /**
   * @param connectTimeoutMs longest TCP connect, ms, positive
   * @param readTimeoutMs longest wait for a byte on an established socket, ms, positive; RMI
   *     replaces it per call with its handshake and response timeouts
   */
  public TimeoutSocketFactory(int connectTimeoutMs, int readTimeoutMs) {
    this.connectTimeoutMs = connectTimeoutMs;
    this.readTimeoutMs = readTimeoutMs;
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    Socket socket = new Socket();
    try {
      socket.setSoTimeout(readTimeoutMs);
      socket.connect(new InetSocketAddress(host, port), connectTimeoutMs);
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return new ServerSocket(port);
  }
}
