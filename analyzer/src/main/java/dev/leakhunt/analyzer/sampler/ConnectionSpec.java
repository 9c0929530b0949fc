package dev.leakhunt.analyzer.sampler;

import java.nio.file.Path;

/**
 * Where and how to reach the target JVM: exactly one of a JMX address or a local process id.
 *
 * @param jmxAddress {@code HOST:PORT} or a full {@code service:jmx:...} URL, or null with a pid
 * @param pid local process id to attach to, or null with a JMX address
 * @param user JMX user name, or null for no authentication
 * @param passwordFile file whose first line is the JMX password, or null
 * @param ssl whether the RMI registry and connections use TLS (javax.net.ssl properties apply)
 */
public record ConnectionSpec(
    String jmxAddress, Long pid, String user, Path passwordFile, boolean ssl) {

  /**
   * A short human name of the target for messages, e.g. {@code 127.0.0.1:9010} or {@code pid 42}.
   */
  public String describe() {
    return pid != null ? "pid " + pid : jmxAddress;
  }
}
