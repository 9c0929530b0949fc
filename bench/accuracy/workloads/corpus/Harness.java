package corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * What every corpus workload shares: the seeded random source, a "request" thread that churns
 * short-lived garbage (the code a diagnosis must NOT name), a timer for the workload's own
 * mechanism, and the truth log.
 *
 * <p>The truth log ({@code -Dcorpus.truth=FILE}) is the workload's own account of what it holds in
 * the unit of the resource it leaks (bytes, threads, classes, descriptors): one line {@code
 * epochMs<TAB>amount} every 5 s and one at exit, so the scorer measures the true rate over exactly
 * the window the analyzer judged instead of trusting the nominal rate (a loaded machine delays the
 * timer). {@code -Dcorpus.lifeSeconds=N} ends the JVM after N seconds whatever happens, so a
 * forgotten workload cannot outlive its recording.
 *
 * <p>Each line also carries the process's own counts as the analyzer reads them over JMX, read here
 * in-process at the line's time ({@link #OWN_COUNTS}): what the workload holds is the leak, while
 * the analyzer judges the whole resource, and the JVM's own threads, classes and descriptors move
 * too (in the corpus of 2026-11-30, two JIT or RMI threads ended in the first minutes of a thread
 * leak's window, 7 % of its rate). The scorer compares the judged interval with both.
 */
public final class Harness {
  /** Period of the timer that drives each workload's mechanism. */
  public static final long TICK_MS = 100;

  private static final long TRUTH_PERIOD_MS = 5_000;

  /** The resources whose in-process reading follows {@code retained} on every truth line. */
  public static final String OWN_COUNTS =
      "threads.live\tclasses.loaded\tbuffer.direct.used\tfd.open";

  private final String name;
  private final String[] args;
  private final Random random;
  private final long startMs = System.currentTimeMillis();
  private final ScheduledExecutorService timer;
  private final List<String> notes = new ArrayList<>();
  private volatile LongSupplier retained = () -> 0;
  private final Path truthFile;

  private Harness(String name, String[] args) {
    this.name = name;
    this.args = args;
    this.random = new Random(args.length > 0 ? Long.parseLong(args[0]) : 1L);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "workload-timer");
              t.setDaemon(true);
              return t;
            });
    String truth = System.getProperty("corpus.truth");
    this.truthFile = truth == null ? null : Path.of(truth);
  }

  /** Reads the seed (args[0]) and starts the churn thread, the truth log and the life limit. */
  public static Harness start(String name, String[] args) {
    Harness harness = new Harness(name, args);
    harness.startChurn();
    harness.startLifeLimit();
    return harness;
  }

  /** The seeded random source: all randomness of the workload's mechanism comes from here. */
  public Random random() {
    return random;
  }

  /** Argument {@code index} (0 is the seed) as a number, or {@code fallback} when absent. */
  public double arg(int index, double fallback) {
    return args.length > index ? Double.parseDouble(args[index]) : fallback;
  }

  /** Milliseconds since the workload started. */
  public long elapsedMs() {
    return System.currentTimeMillis() - startMs;
  }

  /** What the truth log reports: the amount the workload holds now, in the leaking unit. */
  public void retained(LongSupplier amount) {
    this.retained = amount;
  }

  /** A line written to the truth log's header (e.g. the per-item size the arithmetic assumes). */
  public void note(String line) {
    notes.add(line);
  }

  /** Runs {@code task} every {@code periodMs} on the workload's timer thread. */
  public void every(long periodMs, Runnable task) {
    timer.scheduleAtFixedRate(
        () -> {
          try {
            task.run();
          } catch (RuntimeException | Error e) {
            System.err.println(name + ": " + e);
          }
        },
        periodMs,
        periodMs,
        TimeUnit.MILLISECONDS);
  }

  /**
   * How many units are due now for a steady {@code perHour} rate that began {@code fromMs} after
   * start, minus {@code done}: drives linear leaks from a coarse timer without drift.
   */
  public long due(double perHour, long fromMs, long done) {
    long sinceMs = elapsedMs() - fromMs;
    if (sinceMs <= 0) {
      return 0;
    }
    return (long) Math.floor(perHour * sinceMs / 3_600_000.0) - done;
  }

  /** Prints READY and blocks until the life limit or a signal ends the JVM. */
  public void serve() throws InterruptedException {
    startTruthLog();
    System.out.println("READY " + name + " pid " + ProcessHandle.current().pid());
    System.out.flush();
    new CountDownLatch(1).await();
  }

  private void startChurn() {
    // A request every 20 ms building ~24 KiB of garbage that dies at once: about 1.2 MiB/s, the
    // allocation a diagnosis must not blame.
    Thread request =
        new Thread(
            () -> {
              Random local = new Random(random.nextLong());
              long checksum = 0;
              while (true) {
                checksum += Requests.handle(local);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
                if (checksum == 42) {
                  System.out.print("");
                }
              }
            },
            "request-handler");
    request.setDaemon(true);
    request.start();
  }

  private void startTruthLog() {
    if (truthFile == null) {
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::writeTruthLine, "truth-at-exit"));
    timer.scheduleAtFixedRate(this::writeTruthLine, 0, TRUTH_PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  private final AtomicLong truthLines = new AtomicLong();

  private synchronized void writeTruthLine() {
    try {
      if (truthLines.getAndIncrement() == 0) {
        StringBuilder header = new StringBuilder("# workload " + name + "\n");
        header.append("# startMs ").append(startMs).append('\n');
        for (String note : notes) {
          header.append("# ").append(note).append('\n');
        }
        header.append("epochMs\tretained\t").append(OWN_COUNTS).append('\n');
        Files.writeString(truthFile, header, StandardCharsets.UTF_8);
      }
      try (Writer out =
          Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
        out.write(
            System.currentTimeMillis() + "\t" + retained.getAsLong() + "\t" + ownCounts() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@link #OWN_COUNTS} of this JVM now, tab-separated; -1 where the platform has none. */
  private static String ownCounts() {
    long direct = -1;
    for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
      if (pool.getName().equals("direct")) {
        direct = pool.getMemoryUsed();
      }
    }
    long descriptors =
        ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix
            ? unix.getOpenFileDescriptorCount()
            : -1;
    return ManagementFactory.getThreadMXBean().getThreadCount()
        + "\t"
        + ManagementFactory.getClassLoadingMXBean().getLoadedClassCount()
        + "\t"
        + direct
        + "\t"
        + descriptors;
  }

  private void startLifeLimit() {
    long lifeSeconds = Long.getLong("corpus.lifeSeconds", 3600);
    Thread limit =
        new Thread(
            () -> {
              try {
                Thread.sleep(lifeSeconds * 1000);
              } catch (InterruptedException e) {
                return;
              }
              System.err.println(name + ": life limit of " + lifeSeconds + " s reached");
              System.exit(0);
            },
            "life-limit");
    limit.setDaemon(true);
    limit.start();
  }
}
