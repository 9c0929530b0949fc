package dev.leakhunt.analyzer.sampler.diagnosis;

import dev.leakhunt.analyzer.diagnosis.model.DescriptorSnapshot;
import dev.leakhunt.analyzer.diagnosis.parse.DescriptorTables;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.management.MBeanServerConnection;

/**
 * Reads the open descriptors of the target from {@code /proc/PID/fd}, when the target runs on this
 * machine: its {@link RuntimeMXBean} gives the pid, and a process with that pid must exist here and
 * have started within a few seconds of the target's start time (a remote target's pid means nothing
 * here).
 */
public final class DescriptorTableCollector {
  private static final long START_TIME_TOLERANCE_MS = 5_000;
  private static final String[] SOCKET_TABLES = {"tcp", "tcp6", "udp", "udp6", "unix"};

  private final Path proc;

  private DescriptorTableCollector(Path proc) {
    this.proc = proc;
  }

  /**
   * The collector for the target behind the connection.
   *
   * @throws UnsupportedOperationException when the target does not run on this machine or its
   *     descriptor table cannot be read (not Linux, another user's process); the message says which
   */
  public static DescriptorTableCollector forTarget(MBeanServerConnection connection)
      throws IOException {
    RuntimeMXBean runtime =
        ManagementFactory.newPlatformMXBeanProxy(
            connection, ManagementFactory.RUNTIME_MXBEAN_NAME, RuntimeMXBean.class);
    long pid = runtime.getPid();
    long startMs = runtime.getStartTime();
    boolean local =
        ProcessHandle.of(pid)
            .flatMap(p -> p.info().startInstant())
            .map(Instant::toEpochMilli)
            .map(ms -> Math.abs(ms - startMs) <= START_TIME_TOLERANCE_MS)
            .orElse(false);
    if (!local) {
      throw new UnsupportedOperationException(
          "the target (pid " + pid + ") does not run on this machine");
    }
    Path proc = Path.of("/proc", Long.toString(pid));
    if (!Files.isReadable(proc.resolve("fd"))) {
      throw new UnsupportedOperationException(
          proc.resolve("fd") + " cannot be read (not Linux, or another user's process)");
    }
    return new DescriptorTableCollector(proc);
  }

  /** What each open descriptor points at now. */
  public DescriptorSnapshot take() throws IOException {
    long takenAtMs = System.currentTimeMillis();
    Map<String, String> tables = new HashMap<>();
    for (String table : SOCKET_TABLES) {
      Path file = proc.resolve("net").resolve(table);
      if (Files.isReadable(file)) {
        tables.put(table, Files.readString(file));
      }
    }
    Map<String, String> sockets = DescriptorTables.sockets(tables);
    List<String> descriptors = new ArrayList<>();
    try (Stream<Path> links = Files.list(proc.resolve("fd"))) {
      for (Path link : (Iterable<Path>) links::iterator) {
        try {
          descriptors.add(
              DescriptorTables.describe(Files.readSymbolicLink(link).toString(), sockets));
        } catch (IOException e) {
          // Closed between listing and reading: not open any more.
        }
      }
    }
    return new DescriptorSnapshot(takenAtMs, descriptors);
  }
}
