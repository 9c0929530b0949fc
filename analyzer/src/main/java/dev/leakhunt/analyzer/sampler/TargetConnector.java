package dev.leakhunt.analyzer.sampler;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import dev.leakhunt.contract.text.ErrorText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXServiceURL;
import javax.rmi.ssl.SslRMIClientSocketFactory;

/**
 * Opens a JMX connection to the target described by a {@link ConnectionSpec}, turning every failure
 * into a one-line {@link ConnectionFailedException}.
 */
public final class TargetConnector {
  private static final String RMI_SOCKET_FACTORY = "com.sun.jndi.rmi.factory.socket";

  /**
   * Makes the JDK's JMX client refuse a connector stub that would talk in plain text, so that a
   * registry reached over TLS cannot hand out a stub for an unencrypted (or another) endpoint.
   */
  private static final String CHECK_STUB = "jmx.remote.x.check.stub";

  /** Connects, or throws with a message naming the target and the cause. */
  public JMXConnector connect(ConnectionSpec spec) throws ConnectionFailedException {
    JMXServiceURL url = serviceUrl(spec);
    Map<String, Object> environment = new HashMap<>();
    if (spec.user() != null) {
      environment.put(JMXConnector.CREDENTIALS, new String[] {spec.user(), password(spec)});
    }
    if (spec.ssl()) {
      try {
        HostVerifyingTls.installAsDefault();
      } catch (NoSuchAlgorithmException e) {
        throw new ConnectionFailedException(
            "cannot set up TLS for " + spec.describe() + ": " + ErrorText.oneLine(e), false, e);
      }
      environment.put(RMI_SOCKET_FACTORY, new SslRMIClientSocketFactory());
      environment.put(CHECK_STUB, "true");
    }
    try {
      return javax.management.remote.JMXConnectorFactory.connect(url, environment);
    } catch (SecurityException e) {
      // jmx.remote.x.check.stub refuses a stub without TLS with a SecurityException naming it.
      String why =
          spec.ssl() && String.valueOf(e.getMessage()).contains("stub")
              ? "its JMX connector does not use TLS ("
              : "authentication failed (";
      throw new ConnectionFailedException(
          "cannot connect to " + spec.describe() + ": " + why + e.getMessage() + ")", false, e);
    } catch (IOException e) {
      throw classify(spec, e);
    }
  }

  /** The JMX service URL for the spec; attaches to a local pid to find its connector address. */
  public JMXServiceURL serviceUrl(ConnectionSpec spec) throws ConnectionFailedException {
    String address = spec.pid() != null ? localConnectorAddress(spec.pid()) : spec.jmxAddress();
    try {
      return new JMXServiceURL(toUrl(address));
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new ConnectionFailedException(
          "--jmx must be HOST:PORT or a service:jmx: URL (got " + address + ")", false, e);
    }
  }

  /** Expands {@code HOST:PORT} to the conventional RMI URL; full URLs pass through. */
  static String toUrl(String address) {
    if (address.startsWith("service:jmx:")) {
      return address;
    }
    int colon = address.lastIndexOf(':');
    if (colon <= 0 || colon == address.length() - 1) {
      throw new IllegalArgumentException("no port");
    }
    String host = address.substring(0, colon);
    String port = address.substring(colon + 1);
    Integer.parseInt(port);
    return "service:jmx:rmi:///jndi/rmi://" + host + ":" + port + "/jmxrmi";
  }

  private static String localConnectorAddress(long pid) throws ConnectionFailedException {
    if (ProcessHandle.of(pid).isEmpty()) {
      throw new ConnectionFailedException(
          "cannot attach to pid " + pid + ": no such process", true, null);
    }
    VirtualMachine vm;
    try {
      vm = VirtualMachine.attach(Long.toString(pid));
    } catch (AttachNotSupportedException | IOException e) {
      throw new ConnectionFailedException(
          "cannot attach to pid "
              + pid
              + ": "
              + ErrorText.oneLine(e)
              + " (same user and a HotSpot JVM needed)",
          false,
          e);
    }
    try {
      return vm.startLocalManagementAgent();
    } catch (IOException e) {
      throw new ConnectionFailedException(
          "cannot start the management agent in pid " + pid + ": " + ErrorText.oneLine(e),
          false,
          e);
    } finally {
      try {
        vm.detach();
      } catch (IOException ignored) {
        // The agent is started; a failed detach leaves nothing to undo.
      }
    }
  }

  private static String password(ConnectionSpec spec) throws ConnectionFailedException {
    if (spec.passwordFile() == null) {
      throw new ConnectionFailedException(
          "--user needs --password-file FILE (the password on its first line)", false, null);
    }
    requireOwnerOnly(spec.passwordFile());
    try {
      List<String> lines = Files.readAllLines(spec.passwordFile(), StandardCharsets.UTF_8);
      return lines.isEmpty() ? "" : lines.get(0).strip();
    } catch (IOException e) {
      throw new ConnectionFailedException(
          "cannot read --password-file " + spec.passwordFile() + ": " + ErrorText.oneLine(e),
          false,
          e);
    }
  }

  /** A password file others can read is refused, as the JDK's JMX agent refuses its own. */
  private static void requireOwnerOnly(Path passwordFile) throws ConnectionFailedException {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(passwordFile);
    } catch (UnsupportedOperationException notPosix) {
      return;
    } catch (IOException e) {
      throw new ConnectionFailedException(
          "cannot read --password-file " + passwordFile + ": " + ErrorText.oneLine(e), false, e);
    }
    if (permissions.contains(PosixFilePermission.GROUP_READ)
        || permissions.contains(PosixFilePermission.OTHERS_READ)) {
      throw new ConnectionFailedException(
          "--password-file "
              + passwordFile
              + " is readable by group or others ("
              + PosixFilePermissions.toString(permissions)
              + "); restrict it with chmod 600",
          false,
          null);
    }
  }

  private static ConnectionFailedException classify(ConnectionSpec spec, IOException e) {
    Throwable root = e;
    boolean refused = false;
    boolean unbound = false;
    String cause = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      root = t;
      if (t instanceof javax.naming.NameNotFoundException) {
        unbound = true;
        cause = "its RMI registry has no JMX connector bound as " + t.getMessage();
      } else if (t instanceof ConnectException) {
        refused = true;
        cause = "connection refused";
      } else if (t instanceof UnknownHostException) {
        cause = "unknown host " + t.getMessage();
      } else if (t instanceof javax.net.ssl.SSLException && cause == null) {
        cause = "TLS handshake failed (" + t.getMessage() + ")";
      }
    }
    if (cause == null) {
      cause = ErrorText.oneLine(root);
    }
    String message = "cannot connect to " + spec.describe() + ": " + cause;
    // A registry that answers without a connector is a target restarting its connector (or one
    // whose connector is not started yet): worth another attempt, unlike a refused connection.
    return unbound
        ? ConnectionFailedException.transientState(message, e)
        : new ConnectionFailedException(message, refused, e);
  }
}
