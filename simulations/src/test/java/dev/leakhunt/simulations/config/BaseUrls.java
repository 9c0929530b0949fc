package dev.leakhunt.simulations.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The base URLs shoppers are spread over: the comma-separated {@code baseUrls} property (several
 * instances of the service, e.g. {@code ./soak --instances 3}), else the one {@code baseUrl}.
 * Gatling's {@code http.baseUrls(...)} gives each virtual shopper one of them, round-robin, so a
 * shopper's cart stays on one instance.
 */
public final class BaseUrls {
  private BaseUrls() {}

  /** The JVM's base URLs; {@code baseUrl} is the config's (the first of {@code baseUrls}). */
  public static List<String> fromSystemProperties(String baseUrl) {
    return from(System.getProperties(), baseUrl);
  }

  /**
   * The base URLs of {@code properties}, without trailing slashes.
   *
   * @throws IllegalArgumentException naming the entry when one is not an http(s) URL
   */
  public static List<String> from(Properties properties, String baseUrl) {
    String list = properties.getProperty("baseUrls", "").strip();
    if (list.isEmpty()) {
      return List.of(baseUrl);
    }
    List<String> urls = new ArrayList<>();
    for (String entry : list.split(",")) {
      String url = entry.strip();
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw new IllegalArgumentException(
            "baseUrls must be comma-separated http:// or https:// URLs (got '" + entry + "')");
      }
      urls.add(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
    return List.copyOf(urls);
  }
}
