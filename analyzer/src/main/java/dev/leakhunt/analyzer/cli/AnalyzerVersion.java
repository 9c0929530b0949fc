package dev.leakhunt.analyzer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The analyzer's version, from the properties file Maven filters at build time. */
public final class AnalyzerVersion implements IVersionProvider {

  /** The version string, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} outside a build. */
  public static String current() {
    try (InputStream in =
        AnalyzerVersion.class.getResourceAsStream("/analyzer-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "leakhunt analyzer " + current(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
