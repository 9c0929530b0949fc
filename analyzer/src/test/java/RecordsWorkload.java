import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A program in the unnamed package, as a user's quick workload would be: each request appends a 4
 * KiB record to a static list (160 KiB/s) after some short-lived work on the request thread, which
 * runs as a lambda. With {@code clean} as second argument it only does the short-lived work.
 */
public final class RecordsWorkload {
  record Record(int id, byte[] payload) {}

  static final List<Record> RETAINED = new ArrayList<>();
  static volatile Object sink;

  public static void main(String[] args) throws Exception {
    long lifeMs = Long.parseLong(args[0]) * 1000;
    boolean clean = args.length > 1 && args[1].equals("clean");
    ScheduledExecutorService requests = Executors.newScheduledThreadPool(2);
    requests.scheduleAtFixedRate(
        () -> {
          churn();
          if (!clean) {
            retainRecord();
          }
        },
        0,
        25,
        TimeUnit.MILLISECONDS);
    System.out.println("READY pid=" + ProcessHandle.current().pid());
    System.out.flush();
    Thread.sleep(lifeMs);
    System.exit(0);
  }

  static void retainRecord() {
    synchronized (RETAINED) {
      RETAINED.add(new Record(RETAINED.size(), new byte[4096]));
    }
  }

  /** A request's transient work: 16 KiB of garbage and an 8 KiB buffer in flight for 2 ms. */
  static void churn() {
    for (int i = 0; i < 4; i++) {
      sink = new byte[4096];
    }
    byte[] inFlight = new byte[8192];
    LockSupport.parkNanos(2_000_000);
    sink = inFlight;
  }
}
