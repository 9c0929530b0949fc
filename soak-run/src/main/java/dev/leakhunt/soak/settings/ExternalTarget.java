package dev.leakhunt.soak.settings;

import java.net.URI;
import java.nio.file.Path;

/**
 * A service someone else runs, soaked instead of the embedded shop.
 *
 * @param baseUrl the service's base URL, e.g. {@code http://127.0.0.1:8080}
 * @param jmxAddress {@code HOST:PORT} or a {@code service:jmx:} URL the analyzer samples
 * @param jmxUser JMX user name, or null without authentication
 * @param jmxPasswordFile file holding the JMX password, or null
 */
public record ExternalTarget(
    URI baseUrl, String jmxAddress, String jmxUser, Path jmxPasswordFile) {}
