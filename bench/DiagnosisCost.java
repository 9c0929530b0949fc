import dev.leakhunt.analyzer.diagnosis.model.ClassHistogram;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.parse.ApplicationCode;
import dev.leakhunt.analyzer.diagnosis.parse.OldObjectSampleReader;
import dev.leakhunt.analyzer.sampler.diagnosis.ClassHistogramCollector;
import dev.leakhunt.analyzer.sampler.diagnosis.DiagnosticCommands;
import dev.leakhunt.analyzer.sampler.diagnosis.HeapDumper;
import dev.leakhunt.analyzer.sampler.diagnosis.OldObjectRecording;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * What the diagnosis costs the target, measured on this machine in one run:
 *
 * <ol>
 *   <li>a shop whose abandoned carts fill the heap to about {@code LIVE_MB} MB live: time of a
 *       class histogram (full GC + heap walk), of a heap dump, and of stopping a JFR old-object
 *       recording (its path-to-roots walk) and streaming it back;
 *   <li>a clean shop under wrk: requests per second with and without the old-object recording,
 *       alternating rounds so that drift on a shared machine hits both sides.
 * </ol>
 *
 * Run through bench/diagnosis-cost.sh, which builds the jars first.
 */
public class DiagnosisCost {
  static final int LIVE_MB = Integer.getInteger("liveMb", 200);
  static final int WRK_SECONDS = Integer.getInteger("wrkSeconds", 15);
  static final int ROUNDS = Integer.getInteger("rounds", 2);
  static final Pattern READY =
      Pattern.compile("READY http=127\\.0\\.0\\.1:(\\d+) jmx=127\\.0\\.0\\.1:(\\d+)");

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    Path work = Files.createTempDirectory("leakhunt-bench");
    heapCosts(jar, work);
    requestRateOverhead(jar, work);
  }

  static void heapCosts(Path jar, Path work) throws Exception {
    // 64 KiB guest session per cart: LIVE_MB * 16 carts fill LIVE_MB MB.
    try (Shop shop = Shop.start(jar, "--leak", "abandoned-carts", "--leak-amplify", "64")) {
      int carts = LIVE_MB * 16;
      // Recording while the heap fills: its sample queue then holds the leaked carts.
      OldObjectRecording recording = OldObjectRecording.start(shop.connection());
      fillCarts(shop.baseUrl(), carts);
      ClassHistogramCollector histograms =
          new ClassHistogramCollector(new DiagnosticCommands(shop.connection()));
      System.out.printf(Locale.ROOT, "== heap with %d abandoned carts of 64 KiB%n", carts);
      List<Long> ms = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        ClassHistogram h = histograms.take();
        ms.add(h.durationMs());
        System.out.printf(
            Locale.ROOT,
            "class histogram %d: %d ms, %.1f MB live in %,d objects, %d classes%n",
            i + 1, h.durationMs(), h.totalBytes() / 1e6, h.totalInstances(), h.rows().size());
      }
      ms.sort(null);
      System.out.printf(Locale.ROOT, "class histogram median: %d ms%n", ms.get(1));

      Path jfr = work.resolve("bench.jfr");
      long start = System.nanoTime();
      long bytes = recording.stopAndSave(jfr);
      long stopMs = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      List<OldObjectGroup> groups = OldObjectSampleReader.read(jfr, ApplicationCode.UNKNOWN);
      long parseMs = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          Locale.ROOT,
          "JFR old-object recording: stop (paths to GC roots, cutoff=infinity) + stream back %d ms,"
              + " %.0f KB; parse %d ms, %d groups, top: %d samples %s%n",
          stopMs, bytes / 1e3, parseMs, groups.size(),
          groups.isEmpty() ? 0 : groups.get(0).sampleCount(),
          groups.isEmpty() ? "(none)" : groups.get(0).referencePath());

      Path dump = work.resolve("bench.hprof");
      start = System.nanoTime();
      new HeapDumper(shop.connection()).dump(dump.toString());
      long dumpMs = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          Locale.ROOT, "heap dump (live objects): %d ms, %.1f MB file%n", dumpMs, Files.size(dump) / 1e6);
      Files.delete(dump);
    }
  }

  static void requestRateOverhead(Path jar, Path work) throws Exception {
    try (Shop shop = Shop.start(jar)) {
      String url = shop.baseUrl() + "/products/7";
      System.out.printf(
          Locale.ROOT, "== clean shop, wrk -t2 -c32 -d%ds %s (after a 10 s warm-up)%n", WRK_SECONDS, url);
      // The first recording in a JVM starts JFR itself (classes, threads, buffers): a one-off
      // cost the watch pays once at warm-up end, kept out of the steady-state comparison.
      OldObjectRecording jfrWarmup = OldObjectRecording.start(shop.connection());
      wrk(url, 10);
      jfrWarmup.stopAndSave(work.resolve("warmup.jfr"));
      wrk(url, 5);
      double without = 0;
      double with = 0;
      List<Double> ratios = new ArrayList<>();
      for (int round = 1; round <= ROUNDS; round++) {
        // Alternate which side goes first, so drift on a shared machine hits both sides.
        boolean jfrFirst = round % 2 == 0;
        double sampled = 0;
        double plain = 0;
        for (int side = 0; side < 2; side++) {
          if ((side == 0) == jfrFirst) {
            OldObjectRecording recording = OldObjectRecording.start(shop.connection());
            sampled = wrk(url, WRK_SECONDS);
            recording.stopAndSave(work.resolve("round-" + round + ".jfr"));
          } else {
            plain = wrk(url, WRK_SECONDS);
          }
        }
        System.out.printf(
            Locale.ROOT,
            "round %d: %.0f req/s without JFR, %.0f req/s with old-object sampling (ratio %.3f)%n",
            round, plain, sampled, sampled / plain);
        without += plain;
        with += sampled;
        ratios.add(sampled / plain);
      }
      ratios.sort(null);
      System.out.printf(
          Locale.ROOT,
          "mean: %.0f req/s without, %.0f req/s with; ratio of means %.3f (%+.1f %%),"
              + " median round ratio %.3f%n",
          without / ROUNDS, with / ROUNDS, with / without, (with / without - 1) * 100,
          ratios.get(ratios.size() / 2));
    }
  }

  static double wrk(String url, int seconds) throws Exception {
    Process wrk =
        new ProcessBuilder("wrk", "-t2", "-c32", "-d" + seconds + "s", url)
            .redirectErrorStream(true)
            .start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
    if (!rps.find()) {
      throw new IllegalStateException("wrk printed no Requests/sec: " + out);
    }
    return Double.parseDouble(rps.group(1));
  }

  static void fillCarts(String baseUrl, int count) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < count; i++) {
      pool.submit(
          () -> {
            HttpRequest create =
                HttpRequest.newBuilder(URI.create(baseUrl + "/carts"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json")
                    .build();
            return http.send(create, HttpResponse.BodyHandlers.discarding()).statusCode();
          });
    }
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
      throw new IllegalStateException("filling carts took over 5 minutes");
    }
  }

  record Shop(Process process, JMXConnector connector, int httpPort) implements AutoCloseable {
    static Shop start(Path jar, String... options) throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command =
          new ArrayList<>(
              List.of(java, "-Xmx512m", "-jar", jar.toString(), "--port", "0", "--jmx-port", "0"));
      command.addAll(List.of(options));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.PIPE)
              .start();
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

    String baseUrl() {
      return "http://127.0.0.1:" + httpPort;
    }

    @Override
    public void close() throws Exception {
      connector.close();
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
