package dev.leakhunt.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real JVM started by a test with this JVM's {@code java}: a main class on a classpath, or a jar,
 * with JVM options and program arguments. {@link Builder#start()} returns once the child printed
 * its ready line on stdout, and fails within a bounded time when it does not. Its stdout (with
 * stderr, unless sent to a file) is read all along, so the child never blocks on a full pipe, and
 * the lines after the ready line can be awaited one by one. Closing stops it: SIGTERM, then SIGKILL
 * after the grace period.
 */
public final class ChildJvm implements AutoCloseable {
  /** Lines kept for {@link #nextLine}; beyond this the child's chatter is read and dropped. */
  private static final int KEPT_LINES = 10_000;

  private final String name;
  private final Process process;
  private final BlockingQueue<String> stdout;
  private final List<String> linesBeforeReady;
  private final String readyLine;
  private final Duration stopGrace;

  private ChildJvm(
      String name,
      Process process,
      BlockingQueue<String> stdout,
      List<String> linesBeforeReady,
      String readyLine,
      Duration stopGrace) {
    this.name = name;
    this.process = process;
    this.stdout = stdout;
    this.linesBeforeReady = List.copyOf(linesBeforeReady);
    this.readyLine = readyLine;
    this.stopGrace = stopGrace;
  }

  /** A child running {@code mainClass} from {@code classpath} (entries joined by ':'). */
  public static Builder mainClass(String mainClass, String classpath) {
    return new Builder(mainClass, List.of("-cp", classpath, mainClass));
  }

  /** A child running {@code jar} with {@code java -jar}. */
  public static Builder jar(Path jar) {
    return new Builder(
        jar.getFileName().toString(), List.of("-jar", jar.toAbsolutePath().toString()));
  }

  /**
   * The JIT option every JVM a test starts gets first: C1 only. A test's JVM lives a minute or two,
   * too short for C2's compilations to pay for themselves; measured on three analyzer ITs (a heap
   * leak watched twice, five shop diagnoses), it halved the CPU of every process (shops 36 to 21
   * CPU-seconds, targets 22 to 9, analyzers 22 to 8), which is what lets more ITs run at once on
   * two cores. The JIT tier changes no resource a leak grows; bench/ watches JVMs with the default
   * JIT.
   */
  public static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

  /** This JVM's {@code java} executable, which every child runs. */
  public static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** What the child printed before its ready line. */
  public List<String> linesBeforeReady() {
    return linesBeforeReady;
  }

  /** The line that made the child ready. */
  public String readyLine() {
    return readyLine;
  }

  /**
   * The child's next line after the ready line (and after those already taken), or empty when it
   * printed none within {@code within}.
   */
  public Optional<String> nextLine(Duration within) throws InterruptedException {
    return Optional.ofNullable(stdout.poll(within.toMillis(), TimeUnit.MILLISECONDS));
  }

  public long pid() {
    return process.pid();
  }

  /** The process itself, for what a test asserts about it (exit code, SIGTERM). */
  public Process process() {
    return process;
  }

  /** Sends a signal by name ({@code STOP}, {@code CONT}, {@code TERM}) with {@code kill}. */
  public void signal(String signal) throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
              .inheritIO()
              .start();
      if (!kill.waitFor(10, TimeUnit.SECONDS)) {
        kill.destroyForcibly();
        throw new IllegalStateException("kill -" + signal + " took over 10 s");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot send SIG" + signal + " to " + process.pid(), e);
    }
  }

  /** Kills the child at once, as a crash would, and waits (at most 10 s) for it to be gone. */
  public void kill() throws InterruptedException {
    signal("CONT"); // a stopped child dies of SIGKILL too, but let it go first in any case
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** SIGTERM, then SIGKILL when the child has not exited within the builder's grace period. */
  @Override
  public void close() throws InterruptedException {
    if (stopGrace.isZero()) {
      kill();
      return;
    }
    signal("CONT"); // a stopped child would not act on SIGTERM
    process.destroy();
    if (!process.waitFor(stopGrace.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ")";
  }

  /** What to start and how to know it is ready. */
  public static final class Builder {
    private final String name;
    private final List<String> target;
    private final List<String> wrapper = new ArrayList<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> arguments = new ArrayList<>();
    private Predicate<String> ready = line -> true;
    private Duration readyWithin = Duration.ofSeconds(30);
    private Duration stopGrace = Duration.ofSeconds(10);
    private Path stderrFile;

    private Builder(String name, List<String> target) {
      this.name = name;
      this.target = target;
    }

    /** JVM options, before the main class or jar, e.g. {@code -Xmx256m}. */
    public Builder jvmOptions(List<String> options) {
      jvmOptions.addAll(options);
      return this;
    }

    public Builder jvmOptions(String... options) {
      return jvmOptions(List.of(options));
    }

    /** Program arguments, after the main class or jar. */
    public Builder arguments(List<String> args) {
      arguments.addAll(args);
      return this;
    }

    public Builder arguments(String... args) {
      return arguments(List.of(args));
    }

    /**
     * A command that runs the JVM, e.g. {@code bash -c 'ulimit -n 256 && exec "$0" "$@"'}: the java
     * command line follows it as its arguments.
     */
    public Builder wrappedBy(String... command) {
      wrapper.addAll(List.of(command));
      return this;
    }

    /** The child is ready at its first stdout line that passes {@code test}; default: any line. */
    public Builder readyWhen(Predicate<String> test) {
      ready = test;
      return this;
    }

    /** How long the child may take to print its ready line; default 30 s. */
    public Builder readyWithin(Duration limit) {
      readyWithin = limit;
      return this;
    }

    /** How long {@link #close()} waits after SIGTERM before SIGKILL; zero kills at once. */
    public Builder stopGrace(Duration grace) {
      stopGrace = grace;
      return this;
    }

    /** Writes the child's stderr to {@code file} instead of mixing it into stdout. */
    public Builder stderrTo(Path file) {
      stderrFile = file;
      return this;
    }

    /**
     * Starts the child and waits for its ready line.
     *
     * @throws IllegalStateException when it exits or stays silent past the limit; it is killed
     */
    public ChildJvm start() throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(wrapper);
      command.add(javaBinary());
      command.add(QUICK_JIT);
      command.addAll(jvmOptions);
      command.addAll(target);
      command.addAll(arguments);
      ProcessBuilder builder = new ProcessBuilder(command);
      if (stderrFile == null) {
        builder.redirectErrorStream(true);
      } else {
        builder.redirectError(stderrFile.toFile());
      }
      Process process = builder.start();
      BlockingQueue<String> stdout = new LinkedBlockingQueue<>(KEPT_LINES);
      readLines(process, stdout);
      List<String> before = new ArrayList<>();
      long deadline = System.nanoTime() + readyWithin.toNanos();
      while (System.nanoTime() < deadline) {
        String line = stdout.poll(100, TimeUnit.MILLISECONDS);
        if (line != null && ready.test(line)) {
          return new ChildJvm(name, process, stdout, before, line, stopGrace);
        }
        if (line != null) {
          before.add(line);
        } else if (!process.isAlive() && stdout.isEmpty()) {
          throw new IllegalStateException(
              name
                  + " exited ("
                  + process.exitValue()
                  + ") before it was ready; it printed: "
                  + before);
        }
      }
      process.destroyForcibly();
      throw new IllegalStateException(
          name + " was not ready within " + readyWithin.toSeconds() + " s; it printed: " + before);
    }

    private void readLines(Process process, BlockingQueue<String> lines) {
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.offer(line); // dropped when full: the child must never block on us
                  }
                } catch (IOException streamClosed) {
                  // the child ended; the queue holds what it printed
                }
              },
              name + "-stdout");
      reader.setDaemon(true);
      reader.start();
    }
  }
}
