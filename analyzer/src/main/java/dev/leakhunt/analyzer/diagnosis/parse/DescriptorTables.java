package dev.leakhunt.analyzer.diagnosis.parse;

import dev.leakhunt.analyzer.diagnosis.model.DescriptorGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.DescriptorSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what a Linux process's descriptors point at ({@code /proc/PID/fd} links, sockets resolved
 * through {@code /proc/PID/net/*}) and ranks the kinds that grew between two snapshots.
 */
public final class DescriptorTables {
  private static final double MS_PER_HOUR = 3_600_000.0;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");
  private static final int LISTEN = 10;
  private static final String[] TCP_STATES = {
    "?",
    "ESTABLISHED",
    "SYN_SENT",
    "SYN_RECV",
    "FIN_WAIT1",
    "FIN_WAIT2",
    "TIME_WAIT",
    "CLOSE",
    "CLOSE_WAIT",
    "LAST_ACK",
    "LISTEN",
    "CLOSING"
  };

  private DescriptorTables() {}

  /**
   * Socket descriptions by inode, from the texts of {@code /proc/PID/net/tcp}, {@code tcp6}, {@code
   * udp}, {@code udp6} and {@code unix} keyed by those names. A connection a server accepted reads
   * {@code tcp accepted on 127.0.0.1:8080}, an outgoing one {@code tcp 10.0.0.1 -> 10.0.0.5:5432
   * ESTABLISHED}: the port that changes with every connection is left out, so one leak is one
   * group.
   */
  public static Map<String, String> sockets(Map<String, String> tablesByProtocol) {
    List<String[]> inet = new ArrayList<>();
    Set<String> listening = new HashSet<>();
    Map<String, String> byInode = new HashMap<>();
    tablesByProtocol.forEach(
        (protocol, table) -> {
          for (String line : table.split("\\R")) {
            String[] f = line.trim().split("\\s+");
            if (protocol.equals("unix")) {
              // Num RefCount Protocol Flags Type St Inode [Path]
              if (f.length >= 7 && f[0].endsWith(":") && f[6].matches("\\d+")) {
                byInode.put(f[6], "unix " + (f.length > 7 ? f[7] : "(unnamed)"));
              }
            } else if (f.length >= 10 && f[0].endsWith(":") && f[9].matches("\\d+")) {
              // sl local rem st tx:rx tr:when retrnsmt uid timeout inode
              inet.add(new String[] {protocol, address(f[1]), address(f[2]), f[3], f[9]});
              if (Integer.parseInt(f[3], 16) == LISTEN) {
                listening.add(port(address(f[1])));
              }
            }
          }
        });
    for (String[] s : inet) {
      String protocol = s[0];
      String local = s[1];
      String remote = s[2];
      int state = Integer.parseInt(s[3], 16);
      String stateName =
          protocol.startsWith("tcp") && state < TCP_STATES.length ? " " + TCP_STATES[state] : "";
      String description;
      if (state == LISTEN || remote.endsWith(":0")) {
        description = protocol + " listening on " + local;
      } else if (listening.contains(port(local))) {
        description = protocol + " accepted on " + local + stateName;
      } else {
        description = protocol + " " + host(local) + " -> " + remote + stateName;
      }
      byInode.put(s[4], description);
    }
    return byInode;
  }

  private static String port(String address) {
    return address.substring(address.lastIndexOf(':') + 1);
  }

  private static String host(String address) {
    return address.substring(0, address.lastIndexOf(':'));
  }

  /** What one descriptor link points at, with sockets resolved when their inode is known. */
  public static String describe(String linkTarget, Map<String, String> socketsByInode) {
    var socket = SOCKET.matcher(linkTarget);
    if (socket.matches()) {
      return socketsByInode.getOrDefault(socket.group(1), "socket (kind unknown)");
    }
    if (linkTarget.startsWith("pipe:")) {
      return "pipe";
    }
    return linkTarget;
  }

  /**
   * The group a description falls in: a path with the digits of its file name as {@code #} ({@code
   * /tmp/upload-17.tmp} is {@code /tmp/upload-#.tmp}), a socket without its local port (an outgoing
   * connection's own port changes every time), other kinds as they are.
   */
  public static String pattern(String description) {
    if (description.startsWith("/")) {
      int slash = description.lastIndexOf('/');
      return description.substring(0, slash + 1)
          + DIGITS.matcher(description.substring(slash + 1)).replaceAll("#");
    }
    return description;
  }

  /** The kinds with more open descriptors at the end, most growth first. */
  public static List<DescriptorGroupGrowth> rank(
      DescriptorSnapshot before, DescriptorSnapshot after) {
    long elapsedMs = after.takenAtMs() - before.takenAtMs();
    if (elapsedMs <= 0) {
      throw new IllegalArgumentException(
          "descriptor snapshots must be apart in time (got " + elapsedMs + " ms)");
    }
    Map<String, Long> earlier = counts(before);
    return counts(after).entrySet().stream()
        .map(
            e -> {
              int then = earlier.getOrDefault(e.getKey(), 0L).intValue();
              int now = e.getValue().intValue();
              return new DescriptorGroupGrowth(
                  e.getKey(), then, now, now - then, (now - then) * MS_PER_HOUR / elapsedMs);
            })
        .filter(g -> g.countGrowth() > 0)
        .sorted(
            Comparator.comparingInt(DescriptorGroupGrowth::countGrowth)
                .reversed()
                .thenComparing(DescriptorGroupGrowth::pattern))
        .toList();
  }

  private static Map<String, Long> counts(DescriptorSnapshot snapshot) {
    return snapshot.descriptors().stream()
        .map(DescriptorTables::pattern)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  /** {@code 0100007F:1F90} is {@code 127.0.0.1:8080}; IPv6 addresses are kept in hex. */
  private static String address(String hexAddress) {
    String[] parts = hexAddress.split(":");
    int port = Integer.parseInt(parts[1], 16);
    String host = parts[0];
    if (host.length() == 8) {
      long ip = Long.parseLong(host, 16);
      host =
          (ip & 0xff) + "." + (ip >> 8 & 0xff) + "." + (ip >> 16 & 0xff) + "." + (ip >> 24 & 0xff);
    } else if (host.matches("0+")) {
      host = "[::]";
    } else if (host.startsWith("0000000000000000FFFF0000")) {
      long ip = Long.parseLong(host.substring(24), 16);
      host =
          (ip & 0xff) + "." + (ip >> 8 & 0xff) + "." + (ip >> 16 & 0xff) + "." + (ip >> 24 & 0xff);
    } else if (host.equals("00000000000000000000000001000000")) {
      host = "[::1]";
    } else {
      host = "[" + host + "]";
    }
    return host + ":" + port;
  }
}
