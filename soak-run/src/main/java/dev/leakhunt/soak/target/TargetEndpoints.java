package dev.leakhunt.soak.target;

import java.nio.file.Path;

/**
 * Where a soak reaches its target: HTTP for the load, JMX for the analyzer.
 *
 * @param baseUrl the service's base URL without a trailing slash, e.g. {@code
 *     http://127.0.0.1:8080}
 * @param jmxAddress {@code HOST:PORT} or a full {@code service:jmx:} URL, as {@code analyzer watch
 *     --jmx} takes it
 * @param jmxUser JMX user name, or null without authentication
 * @param jmxPasswordFile file holding the JMX password, or null without authentication
 */
public record TargetEndpoints(
    String baseUrl, String jmxAddress, String jmxUser, Path jmxPasswordFile) {}
