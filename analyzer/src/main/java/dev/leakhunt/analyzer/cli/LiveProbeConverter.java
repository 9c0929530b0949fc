package dev.leakhunt.analyzer.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** Parses {@code --live-probe}: a duration, or {@code off} (zero) to never force a GC. */
public final class LiveProbeConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String text) {
    return "off".equalsIgnoreCase(text.strip()) ? Duration.ZERO : DurationConverter.parse(text);
  }
}
