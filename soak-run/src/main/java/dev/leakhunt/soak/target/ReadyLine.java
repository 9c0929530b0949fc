package dev.leakhunt.soak.target;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line the shop prints once it serves, {@code READY http=127.0.0.1:PORT jmx=127.0.0.1:PORT}:
 * the ports it actually bound, which is how a shop started with port 0 is found.
 *
 * @param httpAddress {@code HOST:PORT} of the HTTP listener
 * @param jmxAddress {@code HOST:PORT} of the JMX connector
 */
public record ReadyLine(String httpAddress, String jmxAddress) {
  private static final Pattern READY = Pattern.compile("^READY http=(\\S+:\\d+) jmx=(\\S+:\\d+)$");

  /** The line's addresses, or empty when {@code line} is not a READY line with JMX on. */
  public static Optional<ReadyLine> parse(String line) {
    Matcher matcher = READY.matcher(line.strip());
    return matcher.matches()
        ? Optional.of(new ReadyLine(matcher.group(1), matcher.group(2)))
        : Optional.empty();
  }

  /** The shop's base URL, e.g. {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return "http://" + httpAddress;
  }
}
