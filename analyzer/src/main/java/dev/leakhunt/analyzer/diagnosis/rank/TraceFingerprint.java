package dev.leakhunt.analyzer.diagnosis.rank;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a leak trace: the first 16 hex digits of the SHA-256 of its class.field chain
 * from the root to the accumulation point. Names only, so it is the same from run to run and from
 * JVM to JVM: addresses, lambda numbers, array indices and thread names never enter it.
 */
public final class TraceFingerprint {
  private static final int HEX_DIGITS = 16;

  private TraceFingerprint() {}

  /** The fingerprint of a chain as written by {@code LeakTraceBuilder}. */
  public static String of(String chain) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(chain.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
