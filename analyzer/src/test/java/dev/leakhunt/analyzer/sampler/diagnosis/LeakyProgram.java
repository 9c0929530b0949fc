package dev.leakhunt.analyzer.sampler.diagnosis;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.server.RMIServerSocketFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;

/**
 * A child JVM for the integration tests: it opens a loopback-only JMX connector, prints {@code JMX
 * <url>}, then runs one scenario ({@code heap}, {@code threads}, {@code classloader} or {@code
 * clean}) at a bounded rate until the test kills it or {@code maxSeconds} pass.
 */
public final class LeakyProgram {
  /** The leaked objects of the {@code heap} scenario; static, so they are GC roots' reach. */
  static final List<LeakedOrder> RETAINED_ORDERS = new ArrayList<>();

  private LeakyProgram() {}

  public static void main(String[] args) throws Exception {
    String scenario = args[0];
    long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : 120;
    JMXConnectorServer server = startJmx();
    System.out.println("JMX " + server.getAddress());
    System.out.flush();
    long deadlineMs = System.currentTimeMillis() + maxSeconds * 1000;
    while (System.currentTimeMillis() < deadlineMs) {
      switch (scenario) {
        case "heap" -> leakOrders();
        case "threads" -> leakThread();
        case "classloader" -> leakClassLoader();
        case "clean" -> churn();
        default -> throw new IllegalArgumentException("unknown scenario " + scenario);
      }
      Thread.sleep(20);
    }
    System.exit(0);
  }

  private static void leakOrders() {
    for (int i = 0; i < 200; i++) {
      RETAINED_ORDERS.add(OrderFactory.newOrder(RETAINED_ORDERS.size()));
    }
  }

  private static final List<Thread> STUCK = new ArrayList<>();

  private static void leakThread() throws InterruptedException {
    if (STUCK.size() >= 400) {
      return;
    }
    CountDownLatch never = new CountDownLatch(1);
    Thread t = new Thread(() -> awaitForever(never), "report-worker-" + STUCK.size());
    t.setDaemon(true);
    t.start();
    STUCK.add(t);
  }

  static void awaitForever(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final List<Object> PLUGINS = new ArrayList<>();

  private static void leakClassLoader() throws Exception {
    if (PLUGINS.size() >= 2000) {
      return;
    }
    for (int i = 0; i < 5; i++) {
      PluginLoader loader = new PluginLoader(LeakyProgram.class.getClassLoader());
      PLUGINS.add(
          loader
              .loadClass(LeakedOrder.class.getName())
              .getDeclaredConstructor(int.class)
              .newInstance(1));
    }
  }

  private static final Map<Integer, byte[]> CACHE = new HashMap<>();

  private static void churn() {
    for (int i = 0; i < 200; i++) {
      CACHE.put(i % 500, new byte[1024]);
    }
  }

  private static JMXConnectorServer startJmx() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    System.setProperty("java.rmi.server.hostname", loopback.getHostAddress());
    RMIServerSocketFactory loopbackOnly = port -> new ServerSocket(port, 50, loopback);
    Map<String, Object> env = new HashMap<>();
    env.put(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, loopbackOnly);
    JMXConnectorServer server =
        JMXConnectorServerFactory.newJMXConnectorServer(
            new JMXServiceURL("service:jmx:rmi://" + loopback.getHostAddress()),
            env,
            ManagementFactory.getPlatformMBeanServer());
    server.start();
    return server;
  }
}
