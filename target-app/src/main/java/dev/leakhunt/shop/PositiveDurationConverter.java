package dev.leakhunt.shop;

import dev.leakhunt.contract.duration.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the shop's durations ({@code 500ms}, {@code 30s}, {@code 1m30s}, ...) and refuses zero:
 * each one is a timeout or a period, where zero would mean "never" or "constantly".
 */
final class PositiveDurationConverter implements ITypeConverter<Duration> {
  private final DurationConverter durations = new DurationConverter();

  @Override
  public Duration convert(String value) {
    Duration duration = durations.convert(value);
    if (duration.isZero()) {
      throw new TypeConversionException("must be longer than zero (got '" + value + "')");
    }
    return duration;
  }
}
