import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * What Native Memory Tracking costs the shop, measured on this machine in one run: requests per
 * second under wrk of a shop without NMT, of one started with -XX:NativeMemoryTracking=summary, and
 * of the same one while a client takes a VM.native_memory summary over JMX every SAMPLE_MS (the
 * analyzer takes one per sample), and of the shop without NMT while a client trims its C heap
 * (System.trim_native_heap, which the analyzer calls before every rss read) every TRIM_MS, in
 * rotating rounds so that drift on a shared machine hits every side; and the time of one summary
 * call and of one trim.
 *
 * <p>Run through bench/nmt-cost.sh, which builds the shop first.
 */
public class NmtCost {
  static final int WRK_SECONDS = Integer.getInteger("wrkSeconds", 10);
  static final int ROUNDS = Integer.getInteger("rounds", 4);
  static final long SAMPLE_MS = Long.getLong("sampleMs", 1000);
  static final long TRIM_MS = Long.getLong("trimMs", 5000);
  static final String PATH = System.getProperty("path", "/products/7");
  static final Pattern READY =
      Pattern.compile("READY http=127\\.0\\.0\\.1:(\\d+) jmx=127\\.0\\.0\\.1:(\\d+)");

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    try (Shop plain = Shop.start(jar, List.of());
        Shop tracked = Shop.start(jar, List.of("-XX:NativeMemoryTracking=summary"))) {
      System.out.printf(
          Locale.ROOT,
          "== wrk -t2 -c32 -d%ds GET %s, %d rounds; summary every %d ms on the sampled side, trim"
              + " every %d ms on the trimmed side%n",
          WRK_SECONDS, PATH, ROUNDS, SAMPLE_MS, TRIM_MS);
      wrk(plain.url(PATH), 10); // JIT warm-up of both shops, outside the comparison
      wrk(tracked.url(PATH), 10);
      List<Double> flagRatios = new ArrayList<>();
      List<Double> samplingRatios = new ArrayList<>();
      List<Double> trimRatios = new ArrayList<>();
      List<Double> callMs = new ArrayList<>();
      List<Double> trimMs = new ArrayList<>();
      for (int round = 1; round <= ROUNDS; round++) {
        double[] rps = new double[4];
        // Rotate the order of the four sides from round to round.
        for (int step = 0; step < 4; step++) {
          int side = (step + round) % 4;
          rps[side] =
              switch (side) {
                case 0 -> wrk(plain.url(PATH), WRK_SECONDS);
                case 1 -> wrk(tracked.url(PATH), WRK_SECONDS);
                case 2 -> periodicWrk(tracked, SAMPLE_MS, NmtCost::summary, callMs);
                default -> periodicWrk(plain, TRIM_MS, NmtCost::trim, trimMs);
              };
        }
        flagRatios.add(rps[1] / rps[0]);
        samplingRatios.add(rps[2] / rps[1]);
        trimRatios.add(rps[3] / rps[0]);
        System.out.printf(
            Locale.ROOT,
            "round %d: no NMT %.0f req/s, NMT summary %.0f req/s (flag ratio %.3f), NMT sampled %.0f"
                + " req/s (sampling ratio %.3f), no NMT trimmed %.0f req/s (trim ratio %.3f)%n",
            round, rps[0], rps[1], rps[1] / rps[0], rps[2], rps[2] / rps[1], rps[3],
            rps[3] / rps[0]);
      }
      callMs.sort(null);
      trimMs.sort(null);
      System.out.printf(
          Locale.ROOT,
          "median round ratio: NMT flag %.3f, NMT sampling %.3f, trim %.3f; summary call over JMX"
              + " median %.1f ms, max %.1f ms (%d calls); trim median %.1f ms, max %.1f ms (%d"
              + " calls)%n",
          median(flagRatios), median(samplingRatios), median(trimRatios),
          callMs.get(callMs.size() / 2), callMs.get(callMs.size() - 1), callMs.size(),
          trimMs.get(trimMs.size() / 2), trimMs.get(trimMs.size() - 1), trimMs.size());
      System.out.println("last trim of the plain shop: " + trim(plain.connection()));
      String summary = summary(tracked.connection());
      System.out.println(
          "the tracked shop's summary afterwards: "
              + summary.lines().filter(l -> l.startsWith("Total:")).findFirst().orElse("?")
              + "; NMT's own: "
              + summary.lines()
                  .filter(l -> l.contains("Native Memory Tracking ("))
                  .findFirst()
                  .orElse("?")
                  .trim());
    }
  }

  /** One diagnostic command over JMX, as the analyzer sends it. */
  interface Call {
    String on(MBeanServerConnection connection) throws Exception;
  }

  /** wrk against {@code shop} while a client sends {@code call} every {@code periodMs}. */
  static double periodicWrk(Shop shop, long periodMs, Call call, List<Double> callMs)
      throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    MBeanServerConnection connection = shop.connection();
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                try {
                  long start = System.nanoTime();
                  call.on(connection);
                  synchronized (callMs) {
                    callMs.add((System.nanoTime() - start) / 1e6);
                  }
                  Thread.sleep(periodMs);
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }
            });
    sampler.start();
    try {
      return wrk(shop.url(PATH), WRK_SECONDS);
    } finally {
      running.set(false);
      sampler.interrupt();
      sampler.join();
    }
  }

  static String summary(MBeanServerConnection connection) throws Exception {
    return (String)
        connection.invoke(
            new ObjectName("com.sun.management:type=DiagnosticCommand"),
            "vmNativeMemory",
            new Object[] {new String[] {"summary"}},
            new String[] {String[].class.getName()});
  }

  static String trim(MBeanServerConnection connection) throws Exception {
    return (String)
        connection.invoke(
            new ObjectName("com.sun.management:type=DiagnosticCommand"),
            "systemTrimNativeHeap",
            new Object[] {new String[0]},
            new String[] {String[].class.getName()});
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static double wrk(String url, int seconds) throws Exception {
    Process wrk =
        new ProcessBuilder("wrk", "-t2", "-c32", "-d" + seconds + "s", url)
            .redirectErrorStream(true)
            .start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    if (out.contains("Non-2xx")) {
      throw new IllegalStateException("non-2xx answers from " + url + ": " + out);
    }
    Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
    if (!rps.find()) {
      throw new IllegalStateException("wrk printed no Requests/sec: " + out);
    }
    return Double.parseDouble(rps.group(1));
  }

  record Shop(Process process, JMXConnector connector, int httpPort) implements AutoCloseable {
    static Shop start(Path jar, List<String> jvmOptions) throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(java, "-Xms512m", "-Xmx512m"));
      command.addAll(jvmOptions);
      command.addAll(List.of("-jar", jar.toString(), "--port", "0", "--jmx-port", "0"));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      for (String line; (line = out.readLine()) != null; ) {
        Matcher ready = READY.matcher(line);
        if (ready.find()) {
          Thread drain =
              new Thread(
                  () -> {
                    try {
                      while (out.readLine() != null) {}
                    } catch (Exception e) {
                      // shop gone
                    }
                  });
          drain.setDaemon(true);
          drain.start();
          JMXConnector connector =
              JMXConnectorFactory.connect(
                  new JMXServiceURL(
                      "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + ready.group(2) + "/jmxrmi"));
          return new Shop(process, connector, Integer.parseInt(ready.group(1)));
        }
      }
      throw new IllegalStateException("the shop exited before its READY line");
    }

    MBeanServerConnection connection() throws Exception {
      return connector.getMBeanServerConnection();
    }

    String url(String path) {
      return "http://127.0.0.1:" + httpPort + path;
    }

    @Override
    public void close() throws Exception {
      connector.close();
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
