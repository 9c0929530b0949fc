package dev.leakhunt.analyzer.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses durations as people write them: {@code 500ms}, {@code 45s}, {@code 10m}, {@code 8h},
 * {@code 1d}, combined as {@code 1h30m}, or ISO-8601 ({@code PT10M}). A bare number is refused:
 * "10" could mean seconds or minutes.
 */
public final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  @Override
  public Duration convert(String text) {
    return parse(text);
  }

  /** Parses {@code text}, or throws with the rule and the value. */
  public static Duration parse(String text) {
    String trimmed = text.strip().toLowerCase(Locale.ROOT);
    if (trimmed.startsWith("pt") || trimmed.startsWith("p")) {
      try {
        return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
      } catch (RuntimeException e) {
        throw invalid(text);
      }
    }
    Matcher matcher = PART.matcher(trimmed);
    Duration total = Duration.ZERO;
    int position = 0;
    while (matcher.find() && matcher.start() == position) {
      long amount = Long.parseLong(matcher.group(1));
      total =
          total.plus(
              switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
              });
      position = matcher.end();
    }
    if (position == 0 || position != trimmed.length()) {
      throw invalid(text);
    }
    return total;
  }

  /** Formats a duration back the way {@link #parse} reads it: {@code 1h30m}, {@code 45s}. */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    long ms = duration.toMillis();
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1000L, 1L};
    String[] units = {"d", "h", "m", "s", "ms"};
    for (int i = 0; i < sizes.length; i++) {
      if (ms >= sizes[i]) {
        text.append(ms / sizes[i]).append(units[i]);
        ms %= sizes[i];
      }
    }
    return text.toString();
  }

  private static TypeConversionException invalid(String text) {
    return new TypeConversionException(
        "'"
            + text
            + "' is not a duration: use a number with a unit, e.g. 500ms, 45s, 10m, 8h, 1h30m");
  }
}
