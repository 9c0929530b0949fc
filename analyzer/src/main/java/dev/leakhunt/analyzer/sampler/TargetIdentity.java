package dev.leakhunt.analyzer.sampler;

/**
 * Which JVM process answers on a connection.
 *
 * @param pid the process id, or -1 when the JVM does not say
 * @param startTimeMs when the JVM started, ms since the epoch
 */
public record TargetIdentity(long pid, long startTimeMs) {
  /** Whether {@code other} is another process than this one. */
  public boolean differsFrom(TargetIdentity other) {
    return startTimeMs != other.startTimeMs || (pid >= 0 && other.pid >= 0 && pid != other.pid);
  }
}
