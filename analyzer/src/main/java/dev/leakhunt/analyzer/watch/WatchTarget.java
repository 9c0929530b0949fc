package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.run.UsageException;
import dev.leakhunt.analyzer.sampler.ConnectionSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One JVM a watch samples, with the name its evidence folder and its lines in the combined verdict
 * go by: {@code targets/NAME/} when a watch has several targets.
 *
 * @param name {@code [A-Za-z0-9._-]+}, unique within the watch
 * @param connection where and how to reach it
 */
public record WatchTarget(String name, ConnectionSpec connection) {
  /** What a target name may hold: it becomes a folder name and a JUnit suite name. */
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

  /**
   * The targets of {@code --jmx} and {@code --pid} values, in the order given: each {@code
   * [NAME=]ADDRESS}; without a name, one derived from the address ({@code 127.0.0.1-9010}, {@code
   * pid-1234}).
   *
   * @param values each value with the option it came with
   * @throws UsageException naming the value when a name or an address is malformed, or a name is
   *     given twice
   */
  public static List<WatchTarget> parse(
      List<OptionValue> values, String user, java.nio.file.Path passwordFile, boolean ssl) {
    List<WatchTarget> targets = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (OptionValue value : values) {
      WatchTarget target = parseOne(value, user, passwordFile, ssl);
      String earlier = seen.putIfAbsent(target.name(), value.text());
      if (earlier != null) {
        throw new UsageException(
            "target name '"
                + target.name()
                + "' is given twice ("
                + earlier
                + " and "
                + value.text()
                + "): name each target with NAME=ADDRESS, names unique");
      }
      targets.add(target);
    }
    return List.copyOf(targets);
  }

  /**
   * A raw {@code --jmx} or {@code --pid} value.
   *
   * @param option {@code --jmx} or {@code --pid}
   * @param text the value as given
   */
  public record OptionValue(String option, String text) {}

  private static WatchTarget parseOne(
      OptionValue value, String user, java.nio.file.Path passwordFile, boolean ssl) {
    String text = value.text().strip();
    String name = null;
    String address = text;
    int equals = text.indexOf('=');
    // A name cannot hold ':' or '/', so "service:jmx:...=..." is never read as NAME=...
    if (equals >= 0 && NAME.matcher(text.substring(0, equals)).matches()) {
      name = text.substring(0, equals);
      address = text.substring(equals + 1).strip();
    } else if (equals == 0) {
      throw new UsageException(
          value.option() + " " + text + ": the name before '=' is empty (NAME=ADDRESS)");
    }
    if (address.isEmpty()) {
      throw new UsageException(value.option() + " " + text + ": no address after the name");
    }
    if (value.option().equals("--pid")) {
      long pid;
      try {
        pid = Long.parseLong(address);
      } catch (NumberFormatException e) {
        throw new UsageException(
            "--pid must be [NAME=]PID, a process id (got '" + value.text() + "')");
      }
      if (pid <= 0) {
        throw new UsageException(
            "--pid must be a positive process id (got '" + value.text() + "')");
      }
      return new WatchTarget(
          name != null ? name : "pid-" + pid,
          new ConnectionSpec(null, pid, user, passwordFile, ssl));
    }
    if (equals >= 0 && name == null && !address.startsWith("service:jmx:")) {
      throw new UsageException(
          "--jmx "
              + text
              + ": a target name may hold only letters, digits, '.', '_' and '-' (NAME=HOST:PORT)");
    }
    return new WatchTarget(
        name != null ? name : defaultName(address),
        new ConnectionSpec(address, null, user, passwordFile, ssl));
  }

  /**
   * A name for an unnamed JMX address: every run of characters a name may not hold becomes one
   * {@code -}, e.g. {@code 127.0.0.1:9010} is {@code 127.0.0.1-9010}.
   */
  static String defaultName(String address) {
    String name = address.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return name.isEmpty() ? "target" : name;
  }
}
