package dev.leakhunt.contract.shop;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line the shop prints on stdout once it serves, {@code READY http=HOST:PORT
 * jmx=127.0.0.1:PORT} or {@code READY http=HOST:PORT jmx=off}: the ports it actually bound, which
 * is how a shop started with port 0 is found. The shop writes it with {@link #line()}; whoever
 * starts the shop reads it with {@link #parse}.
 *
 * @param httpHost the host the HTTP listener is bound to, e.g. {@code 127.0.0.1}
 * @param httpPort the HTTP port bound, 1..65535
 * @param jmxPort the JMX connector's port on loopback, or {@link #JMX_OFF}
 */
public record ReadyLine(String httpHost, int httpPort, int jmxPort) {
  /** The {@link #jmxPort} of a shop started without JMX. */
  public static final int JMX_OFF = -1;

  /** JMX is only ever exposed on loopback. */
  public static final String JMX_HOST = "127.0.0.1";

  private static final Pattern FORMAT =
      Pattern.compile("^READY http=(\\S+):(\\d+) jmx=(?:127\\.0\\.0\\.1:(\\d+)|off)$");

  /** The line's ports, or empty when {@code line} is not a READY line. */
  public static Optional<ReadyLine> parse(String line) {
    Matcher matcher = FORMAT.matcher(line.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int jmxPort = matcher.group(3) == null ? JMX_OFF : Integer.parseInt(matcher.group(3));
    return Optional.of(
        new ReadyLine(matcher.group(1), Integer.parseInt(matcher.group(2)), jmxPort));
  }

  /** The line as the shop prints it. */
  public String line() {
    return "READY http=" + httpAddress() + " jmx=" + (jmxOn() ? jmxAddress() : "off");
  }

  /** Whether the shop exposes JMX. */
  public boolean jmxOn() {
    return jmxPort != JMX_OFF;
  }

  /** {@code HOST:PORT} of the HTTP listener. */
  public String httpAddress() {
    return httpHost + ":" + httpPort;
  }

  /**
   * {@code 127.0.0.1:PORT} of the JMX connector, as {@code analyzer watch --jmx} takes it.
   *
   * @throws IllegalStateException when the shop runs without JMX
   */
  public String jmxAddress() {
    if (!jmxOn()) {
      throw new IllegalStateException("the shop runs without JMX (" + line() + ")");
    }
    return JMX_HOST + ":" + jmxPort;
  }

  /** The shop's base URL, e.g. {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return "http://" + httpAddress();
  }
}
