package dev.leakhunt.shop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets a Linux process listens on, read from {@code /proc} (what {@code ss -ltnp}
 * shows), so a test can prove a process listens on loopback only.
 */
final class ListeningSockets {
  private static final String LISTEN = "0A";

  private ListeningSockets() {}

  /** A listening socket: the local address as /proc prints it (hex) and the port. */
  record Listener(String hexAddress, int port) {
    /** True for 127.x.x.x, ::1 and ::ffff:127.x.x.x. */
    boolean isLoopback() {
      if (hexAddress.length() == 8) {
        return hexAddress.endsWith("7F"); // IPv4, little-endian: first octet last
      }
      return hexAddress.equals("00000000000000000000000001000000")
          || (hexAddress.startsWith("0000000000000000FFFF0000") && hexAddress.endsWith("7F"));
    }
  }

  static List<Listener> of(long pid) throws IOException {
    Set<String> socketInodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            socketInodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // The descriptor was closed between listing and reading: not a listener.
        }
      }
    }
    List<Listener> listeners = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6")) {
      List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "net", table));
      for (String line : lines.subList(1, lines.size())) {
        String[] columns = line.trim().split("\\s+");
        if (columns[3].equals(LISTEN) && socketInodes.contains(columns[9])) {
          String[] local = columns[1].split(":");
          listeners.add(new Listener(local[0], Integer.parseInt(local[1], 16)));
        }
      }
    }
    return listeners;
  }
}
