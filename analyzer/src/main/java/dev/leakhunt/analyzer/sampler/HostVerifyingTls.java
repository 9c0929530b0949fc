package dev.leakhunt.analyzer.sampler;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * Makes every TLS connection of this process check the server's host name, as HTTPS does (endpoint
 * identification "HTTPS": the certificate must name the host connected to, by DNS name or IP
 * address). The JMX stubs a target hands out carry the JDK's {@code SslRMIClientSocketFactory},
 * which takes its sockets from the default {@code SSLContext} and checks only that the certificate
 * chain is trusted; so the check is added to that default context, before the first connection.
 */
final class HostVerifyingTls {
  private static final String HTTPS = "HTTPS";
  private static boolean installed;

  private HostVerifyingTls() {}

  /** Replaces the default TLS context with one that checks host names; idempotent. */
  static synchronized void installAsDefault() throws NoSuchAlgorithmException {
    if (installed) {
      return;
    }
    SSLContext base = SSLContext.getDefault(); // trust store from javax.net.ssl.* properties
    SSLContext.setDefault(
        new SSLContext(new HostVerifyingSpi(base), base.getProvider(), base.getProtocol()) {});
    installed = true;
  }

  /** The default context's behaviour, with host name checking on every client socket and engine. */
  private static final class HostVerifyingSpi extends SSLContextSpi {
    private final SSLContext base;

    HostVerifyingSpi(SSLContext base) {
      this.base = base;
    }

    @Override
    protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random)
        throws KeyManagementException {
      throw new KeyManagementException("the default TLS context is already initialized");
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      return new HostVerifyingSocketFactory(base.getSocketFactory());
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      return base.getServerSocketFactory();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      return base.createSSLEngine();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      SSLEngine engine = base.createSSLEngine(host, port);
      SSLParameters parameters = engine.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm(HTTPS);
      engine.setSSLParameters(parameters);
      return engine;
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      return base.getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      return base.getClientSessionContext();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
      return base.getDefaultSSLParameters();
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
      return base.getSupportedSSLParameters();
    }
  }

  /** Sockets of the base factory, told to check the host name during the handshake. */
  private static final class HostVerifyingSocketFactory extends SSLSocketFactory {
    private final SSLSocketFactory base;

    HostVerifyingSocketFactory(SSLSocketFactory base) {
      this.base = base;
    }

    private static Socket verifyingHost(Socket socket) {
      if (socket instanceof SSLSocket tls) {
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm(HTTPS);
        tls.setSSLParameters(parameters);
      }
      return socket;
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return base.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return base.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
      return verifyingHost(base.createSocket());
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose)
        throws IOException {
      return verifyingHost(base.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return verifyingHost(base.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
        throws IOException {
      return verifyingHost(base.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return verifyingHost(base.createSocket(host, port));
    }

    @Override
    public Socket createSocket(
        InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
      return verifyingHost(base.createSocket(address, port, localAddress, localPort));
    }
  }
}
