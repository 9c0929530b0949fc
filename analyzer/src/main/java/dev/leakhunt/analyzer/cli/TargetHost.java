package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.sampler.ConnectionSpec;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Host names for the run's metadata. */
final class TargetHost {
  private TargetHost() {}

  /** The target's host as the user addressed it; this host for {@code --pid}. */
  static String of(ConnectionSpec spec) {
    String address = spec.jmxAddress();
    if (address == null) {
      return local();
    }
    if (address.startsWith("service:jmx:")) {
      int rmi = address.indexOf("//", address.indexOf("rmi:") + 4);
      if (rmi >= 0) {
        String rest = address.substring(rmi + 2);
        int end = rest.indexOf(':') >= 0 ? rest.indexOf(':') : rest.indexOf('/');
        return end > 0 ? rest.substring(0, end) : rest;
      }
      return address;
    }
    return address.substring(0, Math.max(0, address.lastIndexOf(':')));
  }

  /** This machine's host name, or {@code localhost} when it has none. */
  static String local() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
