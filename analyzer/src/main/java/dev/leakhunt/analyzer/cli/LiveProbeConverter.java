package dev.leakhunt.analyzer.cli;

import dev.leakhunt.contract.duration.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** Parses {@code --live-probe}: a duration, or {@code off} (zero) to never force a GC. */
public final class LiveProbeConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String text) {
    return "off".equalsIgnoreCase(text.strip())
        ? Duration.ZERO
        : new DurationConverter().convert(text);
  }
}
