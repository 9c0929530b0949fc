package dev.leakhunt.analyzer.sampler.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.leakhunt.analyzer.diagnosis.model.DescriptorGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.DescriptorSnapshot;
import dev.leakhunt.analyzer.diagnosis.parse.DescriptorTables;
import java.io.FileInputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The descriptor table of a real local JVM (this one, through its own platform MBean server): files
 * opened and a loopback connection show up as growth of their path and socket kind.
 */
class DescriptorTableCollectorTest {
  @Test
  void filesAndSocketsOpenedBetweenTwoSnapshotsAreGroupedByPathAndKind(@TempDir Path dir)
      throws Exception {
    assumeThat(Path.of("/proc/self/fd")).as("Linux /proc").exists();
    DescriptorTableCollector collector =
        DescriptorTableCollector.forTarget(ManagementFactory.getPlatformMBeanServer());
    Path orders = Files.writeString(dir.resolve("orders-2026.csv"), "id,total\n");
    List<AutoCloseable> open = new ArrayList<>();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      DescriptorSnapshot before = collector.take();
      Thread.sleep(5); // Snapshots must be apart in time.
      for (int i = 0; i < 12; i++) {
        open.add(new FileInputStream(orders.toFile()));
      }
      for (int i = 0; i < 3; i++) {
        open.add(new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort()));
        open.add(server.accept());
      }
      DescriptorSnapshot after = collector.take();
      List<DescriptorGroupGrowth> grown = DescriptorTables.rank(before, after);

      String file = dir.toString() + "/orders-#.csv";
      assertThat(grown.get(0).pattern()).isEqualTo(file);
      assertThat(grown.get(0).countGrowth()).isEqualTo(12);
      // The clients' own ports change with each connection: each side makes one group. Java
      // opens IPv6 sockets, with IPv4-mapped addresses.
      int port = server.getLocalPort();
      assertThat(grown)
          .extracting(DescriptorGroupGrowth::pattern, DescriptorGroupGrowth::countGrowth)
          .containsExactly(
              tuple(file, 12),
              tuple("tcp6 127.0.0.1 -> 127.0.0.1:" + port + " ESTABLISHED", 3),
              tuple("tcp6 accepted on 127.0.0.1:" + port + " ESTABLISHED", 3));
    } finally {
      for (AutoCloseable c : open) {
        c.close();
      }
    }
  }
}
