package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.sampler.ConnectionSpec;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Host names for the run's metadata. */
public final class TargetHost {
  private TargetHost() {}

  /** The target's host as the user addressed it; this host for {@code --pid}. */
  static String of(ConnectionSpec spec) {
    String address = spec.jmxAddress();
    if (address == null) {
      return local();
    }
    if (address.startsWith("service:jmx:")) {
      // The host is after the last "://": rmi:///jndi/rmi://HOST:PORT/jmxrmi, jmxmp://HOST:PORT.
      int scheme = address.lastIndexOf("://");
      if (scheme < 0) {
        return address;
      }
      String rest = address.substring(scheme + 3);
      int end = 0;
      while (end < rest.length() && rest.charAt(end) != ':' && rest.charAt(end) != '/') {
        end++;
      }
      return end > 0 ? rest.substring(0, end) : local();
    }
    return address.substring(0, Math.max(0, address.lastIndexOf(':')));
  }

  /** This machine's host name, or {@code localhost} when it has none. */
  public static String local() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
