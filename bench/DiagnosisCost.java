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
 *       alternating rounds so that drift on a shared machine hits both sides;
 *   <li>everything on: two clean shops under wrk in turn, before and while a whole {@code analyzer
 *       watch} of one of them runs with its defaults (samples, forced-GC probes, the JFR recording
 *       with old-object sampling, thread starts and class definitions, native-memory trims), from
 *       {@code settleSeconds} after the watch's start (its start, warm-up end, first class
 *       histogram and the recording's start are one-off work, measured above).
 * </ol>
 *
 * Run through bench/diagnosis-cost.sh, which builds the jars first. {@code -Dparts=watch} runs the
 * last part alone ({@code heap,jfr,watch} by default).
 */
public class DiagnosisCost {
  static final int LIVE_MB = Integer.getInteger("liveMb", 200);
  static final int WRK_SECONDS = Integer.getInteger("wrkSeconds", 15);
  static final int ROUNDS = Integer.getInteger("rounds", 2);
  static final List<String> PARTS = List.of(System.getProperty("parts", "heap,jfr,watch").split(","));
  static final Pattern READY =
      Pattern.compile("READY http=127\\.0\\.0\\.1:(\\d+) jmx=127\\.0\\.0\\.1:(\\d+)");

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    Path analyzerJar = Path.of(args[1]);
    Path work = Files.createTempDirectory("leakhunt-bench");
    if (PARTS.contains("heap")) {
      heapCosts(jar, work);
    }
    if (PARTS.contains("jfr")) {
      requestRateOverhead(jar, work);
    }
    if (PARTS.contains("watch")) {
      watchOverhead(jar, analyzerJar, work);
    }
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

  /** The watch's warm-up, short so the recording and the probes run while the load does. */
  static final int WATCH_WARMUP_SECONDS = 10;

  /** Added to every watch, to turn one part off: {@code --live-probe off}, {@code --no-jfr}. */
  static final List<String> WATCH_ARGS =
      List.of(System.getProperty("watchArgs", "").split(" ")).stream()
          .filter(a -> !a.isBlank())
          .toList();

  /** Seconds from a watch's start to the first watched round: its start and warm-up end. */
  static final int SETTLE_SECONDS =
      Math.max(WATCH_WARMUP_SECONDS, Integer.getInteger("settleSeconds", 40));

  /**
   * Two clean shops, one of them watched, loaded in turn: the ratio of their request rates before
   * the watch starts and while it runs. A shared machine's drift (its rate moved 0.64-1.17 between
   * 30 s rounds of one shop here) hits both shops of a round alike, and the ratio before the watch
   * takes out what differs between the two shops themselves.
   */
  static void watchOverhead(Path jar, Path analyzerJar, Path work) throws Exception {
    try (Shop watched = Shop.start(jar);
        Shop control = Shop.start(jar)) {
      String a = watched.baseUrl() + "/products/7";
      String b = control.baseUrl() + "/products/7";
      System.out.printf(
          Locale.ROOT,
          "== two clean shops loaded in turn (wrk -t2 -c32 -d%ds /products/7), %d rounds before a"
              + " whole analyzer watch of the first (defaults, --warmup %ds) and %d while it runs,"
              + " from %d s after its start%n",
          WRK_SECONDS, ROUNDS, WATCH_WARMUP_SECONDS, ROUNDS, SETTLE_SECONDS);
      // The first watch starts JFR in the shop (classes, threads, buffers): a one-off cost.
      Process first = watch(analyzerJar, watched, work.resolve("watch-warmup"), 20);
      wrk(a, 10);
      wrk(b, 10);
      first.waitFor();
      double before = medianRatio("before", a, b);
      int roundSeconds = 2 * (WRK_SECONDS + 2);
      Path out = work.resolve("watch");
      Process watch = watch(analyzerJar, watched, out, SETTLE_SECONDS + ROUNDS * roundSeconds + 30);
      Thread.sleep(TimeUnit.SECONDS.toMillis(SETTLE_SECONDS));
      double during = medianRatio("watched", a, b);
      if (!watch.isAlive()) {
        throw new IllegalStateException("the watch ended before the last round: see " + out);
      }
      // A short watch of a clean shop ends PASS or INCONCLUSIVE (0 or 3); 2 is a broken watch.
      if (watch.waitFor() == 2) {
        throw new IllegalStateException("the watch failed: see " + out);
      }
      System.out.printf(
          Locale.ROOT,
          "median ratio watched/control: %.3f before the watch, %.3f while it runs;"
              + " overhead %+.1f %%%n",
          before, during, (during / before - 1) * 100);
    }
  }

  /** ROUNDS rounds of wrk on a then b (b first every other round): the median rate ratio a/b. */
  static double medianRatio(String label, String a, String b) throws Exception {
    List<Double> ratios = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      double rateA;
      double rateB;
      if (round % 2 == 0) {
        rateB = wrk(b, WRK_SECONDS);
        rateA = wrk(a, WRK_SECONDS);
      } else {
        rateA = wrk(a, WRK_SECONDS);
        rateB = wrk(b, WRK_SECONDS);
      }
      ratios.add(rateA / rateB);
      System.out.printf(
          Locale.ROOT,
          "%s round %d: %.0f req/s watched shop, %.0f req/s control (ratio %.3f)%n",
          label, round, rateA, rateB, rateA / rateB);
    }
    ratios.sort(null);
    System.out.printf(
        Locale.ROOT,
        "%s: ratios %.3f to %.3f, median %.3f%n",
        label, ratios.get(0), ratios.get(ratios.size() - 1), ratios.get(ratios.size() / 2));
    return ratios.get(ratios.size() / 2);
  }

  /** {@code analyzer watch} of the shop with its defaults but a short warm-up, started now. */
  static Process watch(Path analyzerJar, Shop shop, Path out, int seconds) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java, "-jar", analyzerJar.toString(), "watch",
                "--jmx", "127.0.0.1:" + shop.jmxPort(),
                "--duration", seconds + "s",
                "--warmup", WATCH_WARMUP_SECONDS + "s",
                "--out", out.toString()));
    command.addAll(WATCH_ARGS);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile())
        .start();
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

  record Shop(Process process, JMXConnector connector, int httpPort, int jmxPort)
      implements AutoCloseable {
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
          return new Shop(
              process,
              connector,
              Integer.parseInt(ready.group(1)),
              Integer.parseInt(ready.group(2)));
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
