package dev.leakhunt.analyzer.watch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The analyzer's version, from the properties file Maven filters at build time; recorded in every
 * run's {@code run.json} and printed by {@code --version}.
 */
public final class AnalyzerVersion {
  private AnalyzerVersion() {}

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
}
