package dev.leakhunt.analyzer.sampler.diagnosis;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.management.MBeanServerConnection;

/**
 * Finds the target's main class from the command that started it ({@code sun.java.command}): a
 * class name as given, a module's {@code module/class}, or for {@code -jar} the jar's manifest when
 * the jar is readable here (Spring Boot's {@code Start-Class} before its launcher's {@code
 * Main-Class}).
 */
final class MainClassProbe {
  static final String COMMAND_PROPERTY = "sun.java.command";

  private MainClassProbe() {}

  /** The main class, or null when the command does not say. */
  static String of(MBeanServerConnection connection) throws IOException {
    RuntimeMXBean runtime =
        ManagementFactory.newPlatformMXBeanProxy(
            connection, ManagementFactory.RUNTIME_MXBEAN_NAME, RuntimeMXBean.class);
    Map<String, String> properties = runtime.getSystemProperties();
    String workingDirectory = properties.getOrDefault("user.dir", ".");
    return fromCommand(properties.get(COMMAND_PROPERTY), Path.of(workingDirectory));
  }

  /**
   * The main class named by a {@code sun.java.command} value, or null.
   *
   * @param workingDirectory the target's, against which a relative jar path is resolved
   */
  static String fromCommand(String command, Path workingDirectory) {
    if (command == null || command.isBlank()) {
      return null;
    }
    String first = command.strip().split("\\s+", 2)[0];
    if (first.endsWith(".jar")) {
      return fromJar(workingDirectory.resolve(first));
    }
    int slash = first.indexOf('/');
    return slash >= 0 ? first.substring(slash + 1) : first;
  }

  private static String fromJar(Path jar) {
    if (!Files.isReadable(jar)) {
      return null;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      if (manifest == null) {
        return null;
      }
      Attributes attributes = manifest.getMainAttributes();
      String start = attributes.getValue("Start-Class");
      return start != null ? start : attributes.getValue(Attributes.Name.MAIN_CLASS);
    } catch (IOException e) {
      return null; // Not a jar after all: the packages stay unknown.
    }
  }
}
