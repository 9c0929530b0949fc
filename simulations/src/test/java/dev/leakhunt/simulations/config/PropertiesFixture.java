package dev.leakhunt.simulations.config;

import java.util.Properties;

/** Tests only: the system properties a simulation is started with, as key-value pairs. */
final class PropertiesFixture {
  private PropertiesFixture() {}

  /** Properties from alternating keys and values: {@code properties("profile", "SOAK")}. */
  static Properties properties(String... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "properties need a value for every key (got " + keyValues.length + " strings)");
    }
    Properties properties = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      properties.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return properties;
  }
}
