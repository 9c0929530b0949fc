package dev.leakhunt.analyzer.sampler;

import java.lang.management.RuntimeMXBean;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The target JVM's process on this machine, when it runs here: its pid as the JVM reports it, a
 * {@code /proc/PID} directory, and a process start time that matches the JVM's. A JVM reached over
 * JMX may run on another host or in another pid namespace (a container), where the same number
 * names an unrelated process, so the number alone is never trusted.
 *
 * @param pid the process id in this machine's (the analyzer's) view
 * @param procDir the process's {@code /proc/PID} directory
 */
public record LocalProcess(long pid, Path procDir) {
  /**
   * The JVM records its start time while initialising, a little after the kernel starts the
   * process; the kernel's start time is known to the second (boot time plus clock ticks). Within
   * these bounds the two name the same start.
   */
  static final long EARLIEST_JVM_START_BEFORE_PROCESS_MS = 2_000;

  static final long LATEST_JVM_START_AFTER_PROCESS_MS = 60_000;

  /**
   * Finds the target's process on this machine.
   *
   * @param runtime the target's runtime MXBean (its name is {@code pid@host})
   * @param procRoot where {@code /proc} is mounted, normally {@code /proc}
   * @return the process, or empty when the target runs elsewhere or cannot be told apart
   */
  public static Optional<LocalProcess> of(RuntimeMXBean runtime, Path procRoot) {
    long pid = runtime.getPid();
    String name = runtime.getName();
    String host = name.substring(name.indexOf('@') + 1);
    if (!isThisHost(host)) {
      return Optional.empty();
    }
    Path procDir = procRoot.resolve(Long.toString(pid));
    if (!Files.isDirectory(procDir)) {
      return Optional.empty();
    }
    Optional<Instant> started = ProcessHandle.of(pid).flatMap(p -> p.info().startInstant());
    if (started.isEmpty() || !sameStart(started.get().toEpochMilli(), runtime.getStartTime())) {
      return Optional.empty();
    }
    return Optional.of(new LocalProcess(pid, procDir));
  }

  /** Whether a JVM that says it started at {@code jvmStartMs} is the process started then. */
  static boolean sameStart(long processStartMs, long jvmStartMs) {
    long afterMs = jvmStartMs - processStartMs;
    return afterMs >= -EARLIEST_JVM_START_BEFORE_PROCESS_MS
        && afterMs <= LATEST_JVM_START_AFTER_PROCESS_MS;
  }

  private static boolean isThisHost(String host) {
    try {
      return host.equals(InetAddress.getLocalHost().getHostName());
    } catch (UnknownHostException e) {
      return host.equals("localhost");
    }
  }
}
