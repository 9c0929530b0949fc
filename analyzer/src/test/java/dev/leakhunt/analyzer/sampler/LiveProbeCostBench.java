package dev.leakhunt.analyzer.sampler;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;

/**
 * Measures what a forced-GC live-set probe costs the target: for live sets of 100, 200 and 300 MiB
 * in a 512 MiB G1 heap, the full collection's pause (from the collector's own GcInfo) and the
 * probe's wall time as the analyzer sees it, against the target's typical young pause. Run by
 * {@code bench/live-probe-cost.sh}; prints one line per live-set size.
 */
public final class LiveProbeCostBench {
  public static void main(String[] args) throws Exception {
    int probes = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    System.out.println(
        "live set | full-GC pause median / max | probe wall median | young pause median |"
            + " probe every 1 min costs");
    for (int liveMiB : new int[] {100, 200, 300}) {
      measure(liveMiB, probes);
    }
  }

  private static void measure(int liveMiB, int probes) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Process target =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Xms512m",
                "-XX:+UseG1GC",
                "-Dcom.sun.management.jmxremote.port=" + port,
                "-Dcom.sun.management.jmxremote.rmi.port=" + port,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Djava.rmi.server.hostname=127.0.0.1",
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.leakhunt.analyzer.it.programs.LiveSetHolderProgram",
                "120",
                Integer.toString(liveMiB))
            .redirectErrorStream(true)
            .start();
    try {
      new BufferedReader(new InputStreamReader(target.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
      ConnectionSpec spec = new ConnectionSpec("127.0.0.1:" + port, null, null, null, false);
      try (JMXConnector connector = new TargetConnector().connect(spec)) {
        MBeanServerConnection connection = connector.getMBeanServerConnection();
        MemoryMXBean memory = ManagementFactory.getPlatformMXBean(connection, MemoryMXBean.class);
        com.sun.management.GarbageCollectorMXBean young = collector(connection, "Young");
        com.sun.management.GarbageCollectorMXBean old = collector(connection, "Old");
        Thread.sleep(3000);
        long youngPauseMs =
            young.getLastGcInfo() == null ? -1 : young.getLastGcInfo().getDuration();
        List<Long> pausesMs = new ArrayList<>();
        List<Long> wallMs = new ArrayList<>();
        for (int i = 0; i < probes; i++) {
          long start = System.nanoTime();
          memory.gc();
          wallMs.add((System.nanoTime() - start) / 1_000_000);
          pausesMs.add(old.getLastGcInfo().getDuration());
          Thread.sleep(500);
        }
        long heapAfter = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
        Collections.sort(pausesMs);
        Collections.sort(wallMs);
        long median = pausesMs.get(pausesMs.size() / 2);
        System.out.println(
            String.format(
                Locale.ROOT,
                "%3d MiB (heap after %d MiB) | %d / %d ms | %d ms | %d ms | %.2f %% of wall time",
                liveMiB,
                heapAfter,
                median,
                pausesMs.get(pausesMs.size() - 1),
                wallMs.get(wallMs.size() / 2),
                youngPauseMs,
                median / 600.0));
      }
    } finally {
      target.destroyForcibly().waitFor();
    }
  }

  private static com.sun.management.GarbageCollectorMXBean collector(
      MBeanServerConnection connection, String namePart) throws java.io.IOException {
    for (com.sun.management.GarbageCollectorMXBean bean :
        ManagementFactory.getPlatformMXBeans(
            connection, com.sun.management.GarbageCollectorMXBean.class)) {
      if (bean.getName().contains(namePart)) {
        return bean;
      }
    }
    throw new IllegalStateException("no collector named *" + namePart + "*");
  }
}
