package dev.leakhunt.simulations.config;

import java.util.Properties;

/** Typed reads of string properties; a bad number names the property and the value. */
final class PropertyReader {
  private final Properties properties;

  PropertyReader(Properties properties) {
    this.properties = properties;
  }

  String string(String name, String fallback) {
    String value = properties.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  int integer(String name, int fallback) {
    String value = properties.getProperty(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number (got '" + value + "')", e);
    }
  }

  double decimal(String name, double fallback) {
    String value = properties.getProperty(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number (got '" + value + "')", e);
    }
  }

  /** A whole number that may exceed an int (epoch milliseconds, seeds), or null when absent. */
  Long longOrNull(String name) {
    String value = properties.getProperty(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number (got '" + value + "')", e);
    }
  }
}
