package dev.leakhunt.analyzer.it;

import dev.leakhunt.testkit.ChildJvm;
import dev.leakhunt.testkit.Loopback;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real target JVM for the watch tests: one of the small programs in the test sources, started as
 * a {@link ChildJvm} with a 256 MiB heap, G1 and JMX on a loopback port, given its life in seconds
 * as first argument, ready at its {@code READY} line. What the ITs add to the test kit's child is
 * only this: the JMX port they watch, and the JMX agent's options.
 */
final class TargetJvm implements AutoCloseable {
  private final ChildJvm jvm;
  private final int jmxPort;

  private TargetJvm(ChildJvm jvm, int jmxPort) {
    this.jvm = jvm;
    this.jmxPort = jmxPort;
  }

  /** Starts {@code program} for {@code lifeSeconds} and waits for its READY line. */
  static TargetJvm start(Class<?> program, int lifeSeconds) throws Exception {
    return start(
        program, lifeSeconds, List.of("-Dcom.sun.management.jmxremote.authenticate=false"));
  }

  /**
   * Starts the program with this main class (one in the unnamed package cannot be named by a class
   * literal here) for {@code lifeSeconds}, with more program arguments after the life.
   */
  static TargetJvm start(String mainClass, int lifeSeconds, String... programArgs)
      throws Exception {
    int port = Loopback.freePort();
    List<String> options = jmxAgentOptions(port);
    options.add("-Dcom.sun.management.jmxremote.authenticate=false");
    return launch(mainClass, lifeSeconds, port, options, List.of(programArgs));
  }

  /** Starts {@code program} with extra JVM options (e.g. JMX authentication settings). */
  static TargetJvm start(Class<?> program, int lifeSeconds, List<String> jvmOptions)
      throws Exception {
    return startOnPort(program, lifeSeconds, Loopback.freePort(), jvmOptions);
  }

  /** Starts {@code program} with its JMX agent on {@code port}, e.g. a restart on the same port. */
  static TargetJvm startOnPort(Class<?> program, int lifeSeconds, int port, List<String> jvmOptions)
      throws Exception {
    List<String> options = jmxAgentOptions(port);
    options.addAll(jvmOptions);
    return launch(program.getName(), lifeSeconds, port, options, List.of());
  }

  /**
   * Starts a program that serves JMX itself on the loopback port it is given as {@code
   * -Dleakhunt.jmx.port}, with extra JVM options; no JMX agent.
   */
  static TargetJvm startServingOwnJmx(Class<?> program, int lifeSeconds, List<String> jvmOptions)
      throws Exception {
    return startServingOwnJmxOnPort(program, lifeSeconds, Loopback.freePort(), jvmOptions);
  }

  /** Starts a program serving JMX itself (see above) on a given loopback port. */
  static TargetJvm startServingOwnJmxOnPort(
      Class<?> program, int lifeSeconds, int port, List<String> jvmOptions) throws Exception {
    List<String> options = new ArrayList<>(List.of("-Dleakhunt.jmx.port=" + port));
    options.addAll(jvmOptions);
    return launch(program.getName(), lifeSeconds, port, options, List.of());
  }

  private static List<String> jmxAgentOptions(int port) {
    return new ArrayList<>(
        List.of(
            "-Dcom.sun.management.jmxremote.port=" + port,
            "-Dcom.sun.management.jmxremote.rmi.port=" + port,
            "-Dcom.sun.management.jmxremote.host=" + Loopback.HOST,
            "-Djava.rmi.server.hostname=" + Loopback.HOST,
            "-Dcom.sun.management.jmxremote.ssl=false"));
  }

  private static TargetJvm launch(
      String mainClass,
      int lifeSeconds,
      int jmxPort,
      List<String> jvmOptions,
      List<String> programArgs)
      throws Exception {
    ChildJvm jvm =
        ChildJvm.mainClass(mainClass, Path.of("target", "test-classes").toAbsolutePath().toString())
            .jvmOptions("-Xmx256m", "-XX:+UseG1GC")
            .jvmOptions(jvmOptions)
            .arguments(Integer.toString(lifeSeconds))
            .arguments(programArgs)
            .readyWhen(line -> line.startsWith("READY"))
            .readyWithin(Duration.ofSeconds(30))
            .stopGrace(Duration.ZERO) // the tests end a target as a crash would
            .start();
    return new TargetJvm(jvm, jmxPort);
  }

  /** The JMX address, {@code 127.0.0.1:PORT}. */
  String jmxAddress() {
    return Loopback.HOST + ":" + jmxPort;
  }

  int jmxPort() {
    return jmxPort;
  }

  long pid() {
    return jvm.pid();
  }

  /** Kills the target at once, as a crash would. */
  void kill() throws InterruptedException {
    jvm.kill();
  }

  /** Sends a signal by name ({@code STOP}, {@code CONT}) with {@code kill}. */
  void signal(String name) throws InterruptedException {
    jvm.signal(name);
  }

  @Override
  public void close() throws InterruptedException {
    jvm.close();
  }
}
