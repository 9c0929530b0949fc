package dev.leakhunt.analyzer.sampler.diagnosis;

import dev.leakhunt.analyzer.diagnosis.DiagnosisAssembler;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.DiagnosisEvidence;
import dev.leakhunt.analyzer.diagnosis.rank.SuspectCriteria;
import dev.leakhunt.analyzer.sampler.ConnectionFailedException;
import dev.leakhunt.analyzer.sampler.ConnectionSpec;
import dev.leakhunt.analyzer.sampler.TargetConnector;
import dev.leakhunt.contract.text.ErrorText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.management.remote.JMXConnector;

/**
 * The diagnosis of one watch, on its own JMX connection so that the sampler's reconnections and
 * closing do not disturb it: opened when warm-up ends, kept until the verdict is known (a heap dump
 * on a leak needs it), then closed.
 */
public final class DiagnosisSession implements AutoCloseable {
  private final ConnectionSpec target;
  private final DiagnosisOptions options;
  private final TargetConnector connector = new TargetConnector();
  private volatile JMXConnector connection;
  private volatile DiagnosisCollector collector;
  private volatile String connectionFailure;
  // One thread, so the run-start and warm-up-end work run in order, off the sampler's thread.
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "leakhunt-diagnosis");
            thread.setDaemon(true);
            return thread;
          });

  private final String skippedBecause;

  public DiagnosisSession(ConnectionSpec target, DiagnosisOptions options) {
    this(target, options, null);
  }

  private DiagnosisSession(ConnectionSpec target, DiagnosisOptions options, String skippedBecause) {
    this.target = target;
    this.options = options;
    this.skippedBecause = skippedBecause;
  }

  /**
   * A session that touches nothing on the target and whose evidence carries {@code reason} as its
   * only note: for runs where nothing could be named anyway.
   */
  public static DiagnosisSession skipped(ConnectionSpec target, String reason) {
    return new DiagnosisSession(target, DiagnosisOptions.defaults(), reason);
  }

  /**
   * Connects and primes the target (see {@link DiagnosisCollector#prime()}) on the diagnosis' own
   * thread, so that the sampler's ticks go on meanwhile. Call once, when the run starts.
   */
  public void atRunStart() {
    if (skippedBecause != null) {
      return;
    }
    worker.execute(this::connectAndPrime);
  }

  /** Whether this session forces full collections in the target: its class histograms do. */
  public boolean forcesCollections() {
    return skippedBecause == null && options.histograms();
  }

  /**
   * Takes the warm-up-end snapshots and starts the JFR recording on the diagnosis' own thread
   * (starting a recording and a histogram can take seconds on a busy machine); a failure becomes a
   * note, never an error.
   */
  public void atWarmupEnd() {
    if (skippedBecause != null) {
      return;
    }
    worker.execute(
        () -> {
          if (collector != null) {
            collector.atWarmupEnd();
          }
        });
  }

  private void connectAndPrime() {
    try {
      connection = connector.connect(target);
      DiagnosisCollector connected =
          new DiagnosisCollector(connection.getMBeanServerConnection(), options);
      connected.prime();
      collector = connected;
    } catch (ConnectionFailedException | IOException e) {
      connectionFailure =
          "the diagnosis could not connect: " + ErrorText.typed(ErrorText.rootCause(e));
    }
  }

  /**
   * Takes the end-of-run snapshots and saves the JFR recording in {@code outDir}, reconnecting once
   * if the connection was lost in between.
   */
  public DiagnosisEvidence atRunEnd(Path outDir) {
    worker.shutdown();
    try {
      worker.awaitTermination(Long.MAX_VALUE, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (collector == null || !collector.warmupEndSeen()) {
      String why =
          skippedBecause != null
              ? skippedBecause
              : connectionFailure != null
                  ? connectionFailure
                  : "the run ended before warm-up did, so there is nothing to compare: no diagnosis";
      return DiagnosisEvidence.noteOnly(why);
    }
    if (!alive()) {
      try {
        closeQuietly();
        connection = connector.connect(target);
        collector.useConnection(connection.getMBeanServerConnection());
      } catch (ConnectionFailedException | IOException e) {
        // The collector's own attempts will fail and say so, part by part.
      }
    }
    return collector.atRunEnd(outDir);
  }

  /**
   * Closes the JFR recording on the target without saving it: for a target of a watch of several
   * whose verdict needs no diagnosis. Waits up to 5 s for the warm-up-end work still running.
   */
  public void discardRecording() {
    worker.shutdown();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (collector != null) {
      collector.discardRecording();
    }
  }

  /**
   * The diagnosis for the judged resources, with a heap dump when the run leaks and the options ask
   * for one.
   *
   * @param failingResources ids of the resources judged FAIL
   * @param leak whether the run's verdict is FAIL
   */
  public Diagnosis diagnose(
      DiagnosisEvidence evidence, Set<String> failingResources, boolean leak, Path outDir) {
    Diagnosis diagnosis =
        new DiagnosisAssembler(SuspectCriteria.defaults()).assemble(evidence, failingResources);
    if (!leak || collector == null) {
      return diagnosis;
    }
    int notesBefore = collector.notes().size();
    String path = collector.dumpHeapIfWanted(outDir);
    if (path != null) {
      diagnosis = diagnosis.withHeapDumpPath(path);
    }
    for (String note : collector.notes().subList(notesBefore, collector.notes().size())) {
      diagnosis = diagnosis.withNote(note);
    }
    return diagnosis;
  }

  private boolean alive() {
    try {
      connection.getConnectionId();
      connection.getMBeanServerConnection().getMBeanCount();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private void closeQuietly() {
    try {
      if (connection != null) {
        connection.close();
      }
    } catch (IOException e) {
      // Already gone.
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
    closeQuietly();
  }
}
