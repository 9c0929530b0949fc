import corpus.Harness;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A thread leak: each new tenant gets a poller thread that waits forever for a shutdown that never
 * comes. Arguments: seed, threads per hour.
 */
public final class ThreadLeak {
  static final AtomicLong STARTED = new AtomicLong();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("ThreadLeak", args);
    double perHour = harness.arg(1, 120);
    harness.note("nominal " + perHour + " threads/h");
    harness.retained(STARTED::get);
    harness.every(
        Harness.TICK_MS,
        () -> {
          long due = harness.due(perHour, 0, STARTED.get());
          for (long i = 0; i < due; i++) {
            startPoller(STARTED.incrementAndGet());
          }
        });
    harness.serve();
  }

  static void startPoller(long tenant) {
    Thread poller = new Thread(ThreadLeak::pollForever, "tenant-poller-" + tenant);
    poller.setDaemon(true);
    poller.start(); // LEAK-SITE: a thread leaks once started (an unstarted Thread is garbage)
  }

  static void pollForever() {
    while (true) {
      LockSupport.park();
    }
  }
}
