package dev.leakhunt.analyzer.compare;

/**
 * A leak suspect whose trace fingerprint the baseline's diagnosis does not have.
 *
 * @param fingerprint the suspect's {@code trace.fingerprint}
 * @param suspect the suspect's name (class, thread pattern, loader)
 * @param resource the resource it explains
 */
public record NewFingerprint(String fingerprint, String suspect, String resource) {}
