package dev.leakhunt.analyzer.sampler.diagnosis;

import dev.leakhunt.analyzer.diagnosis.model.ThreadSample;
import dev.leakhunt.analyzer.diagnosis.model.ThreadSnapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.management.MBeanServerConnection;

/** Lists the target's live threads with their stacks, through its {@link ThreadMXBean}. */
public final class ThreadSnapshotCollector {
  /** Frames kept per thread: enough to see the blocking call and the code that started it. */
  public static final int STACK_DEPTH = 24;

  private final ThreadMXBean threads;

  public ThreadSnapshotCollector(MBeanServerConnection connection) throws IOException {
    this.threads =
        ManagementFactory.newPlatformMXBeanProxy(
            connection, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
  }

  /** Every live thread now, without lock details (they cost a safepoint walk each). */
  public ThreadSnapshot take() {
    long takenAtMs = System.currentTimeMillis();
    List<ThreadSample> samples =
        Arrays.stream(threads.dumpAllThreads(false, false, STACK_DEPTH))
            .filter(Objects::nonNull)
            .map(ThreadSnapshotCollector::sample)
            .toList();
    return new ThreadSnapshot(takenAtMs, samples);
  }

  /** {@code class.method(File.java:line)}, without the module and loader prefixes. */
  private static String frame(StackTraceElement element) {
    String location;
    if (element.isNativeMethod()) {
      location = "Native Method";
    } else if (element.getFileName() == null) {
      location = "Unknown Source";
    } else if (element.getLineNumber() >= 0) {
      location = element.getFileName() + ":" + element.getLineNumber();
    } else {
      location = element.getFileName();
    }
    return element.getClassName() + "." + element.getMethodName() + "(" + location + ")";
  }

  private static ThreadSample sample(ThreadInfo info) {
    return new ThreadSample(
        info.getThreadName(),
        info.getThreadState().name(),
        Arrays.stream(info.getStackTrace()).map(ThreadSnapshotCollector::frame).toList());
  }
}
