package dev.leakhunt.analyzer.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real target JVM for the integration tests: one of the small programs in the test sources,
 * started with this JVM's {@code java}, a 256 MiB heap and the JMX agent on a loopback port.
 */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final int jmxPort;

  private ChildJvm(Process process, int jmxPort) {
    this.process = process;
    this.jmxPort = jmxPort;
  }

  /** Starts {@code program} for {@code lifeSeconds} and waits for its READY line. */
  static ChildJvm start(Class<?> program, int lifeSeconds) throws Exception {
    return start(
        program, lifeSeconds, List.of("-Dcom.sun.management.jmxremote.authenticate=false"));
  }

  /**
   * Starts the program with this main class (one in the unnamed package cannot be named by a class
   * literal here) for {@code lifeSeconds}, with more program arguments after the life.
   */
  static ChildJvm start(String mainClass, int lifeSeconds, String... programArgs) throws Exception {
    int port = freeLoopbackPort();
    List<String> options = new ArrayList<>();
    options.add("-Dcom.sun.management.jmxremote.port=" + port);
    options.add("-Dcom.sun.management.jmxremote.rmi.port=" + port);
    options.add("-Dcom.sun.management.jmxremote.host=127.0.0.1");
    options.add("-Djava.rmi.server.hostname=127.0.0.1");
    options.add("-Dcom.sun.management.jmxremote.ssl=false");
    options.add("-Dcom.sun.management.jmxremote.authenticate=false");
    return launch(mainClass, lifeSeconds, port, options, List.of(programArgs));
  }

  /** Starts {@code program} with extra JVM options (e.g. JMX authentication settings). */
  static ChildJvm start(Class<?> program, int lifeSeconds, List<String> jvmOptions)
      throws Exception {
    return startOnPort(program, lifeSeconds, freeLoopbackPort(), jvmOptions);
  }

  /** Starts {@code program} with its JMX agent on {@code port}, e.g. a restart on the same port. */
  static ChildJvm startOnPort(Class<?> program, int lifeSeconds, int port, List<String> jvmOptions)
      throws Exception {
    List<String> options = new ArrayList<>();
    options.add("-Dcom.sun.management.jmxremote.port=" + port);
    options.add("-Dcom.sun.management.jmxremote.rmi.port=" + port);
    options.add("-Dcom.sun.management.jmxremote.host=127.0.0.1");
    options.add("-Djava.rmi.server.hostname=127.0.0.1");
    options.add("-Dcom.sun.management.jmxremote.ssl=false");
    options.addAll(jvmOptions);
    return launch(program, lifeSeconds, port, options);
  }

  /**
   * Starts a program that serves JMX itself on the loopback port it is given as {@code
   * -Dleakhunt.jmx.port}, with extra JVM options; no JMX agent.
   */
  static ChildJvm startServingOwnJmx(Class<?> program, int lifeSeconds, List<String> jvmOptions)
      throws Exception {
    int port = freeLoopbackPort();
    List<String> options = new ArrayList<>(List.of("-Dleakhunt.jmx.port=" + port));
    options.addAll(jvmOptions);
    return launch(program, lifeSeconds, port, options);
  }

  /** Starts a program serving JMX itself (see above) on a given loopback port. */
  static ChildJvm startServingOwnJmxOnPort(
      Class<?> program, int lifeSeconds, int port, List<String> jvmOptions) throws Exception {
    List<String> options = new ArrayList<>(List.of("-Dleakhunt.jmx.port=" + port));
    options.addAll(jvmOptions);
    return launch(program, lifeSeconds, port, options);
  }

  private static ChildJvm launch(
      Class<?> program, int lifeSeconds, int jmxPort, List<String> jvmOptions) throws Exception {
    return launch(program.getName(), lifeSeconds, jmxPort, jvmOptions, List.of());
  }

  private static ChildJvm launch(
      String mainClass,
      int lifeSeconds,
      int jmxPort,
      List<String> jvmOptions,
      List<String> programArgs)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.add("-Xmx256m");
    command.add("-XX:+UseG1GC");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(Path.of("target", "test-classes").toAbsolutePath().toString());
    command.add(mainClass);
    command.add(Integer.toString(lifeSeconds));
    command.addAll(programArgs);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line =
        CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return out.readLine();
                  } catch (IOException e) {
                    return null;
                  }
                })
            .get(30, TimeUnit.SECONDS);
    if (line == null || !line.startsWith("READY")) {
      process.destroyForcibly();
      throw new IllegalStateException(mainClass + " did not start: " + line);
    }
    // Keep draining so the child never blocks on a full pipe.
    Thread drain =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {}
              } catch (IOException ignored) {
                // The child ended.
              }
            });
    drain.setDaemon(true);
    drain.start();
    return new ChildJvm(process, jmxPort);
  }

  /** The JMX address, {@code 127.0.0.1:PORT}. */
  String jmxAddress() {
    return "127.0.0.1:" + jmxPort;
  }

  int jmxPort() {
    return jmxPort;
  }

  long pid() {
    return process.pid();
  }

  /** Kills the target at once, as a crash would. */
  void kill() throws InterruptedException {
    signal("CONT"); // A stopped process is killed too, but let it go first in any case.
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** Sends a signal by name ({@code STOP}, {@code CONT}) with {@code kill}. */
  void signal(String name) throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    try {
      new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
          .inheritIO()
          .start()
          .waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new IllegalStateException("cannot send SIG" + name + " to " + process.pid(), e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
