package dev.leakhunt.contract.duration;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people type them on every leakhunt command line: {@code 500ms}, {@code 45s}, {@code
 * 10m}, {@code 8h}, {@code 1d}, combined as {@code 1h30m} or {@code 1m30s}, or ISO-8601 ({@code
 * PT10M}). A bare number is refused: "10" could mean seconds or minutes.
 */
public final class DurationText {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");
  private static final long[] UNIT_MS = {86_400_000L, 3_600_000L, 60_000L, 1000L, 1L};
  private static final String[] UNIT_NAMES = {"d", "h", "m", "s", "ms"};

  private DurationText() {}

  /**
   * Parses one or more number-unit parts, or an ISO-8601 duration.
   *
   * @throws IllegalArgumentException with the value and the accepted forms when {@code text} is not
   *     a duration
   */
  public static Duration parse(String text) {
    String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (trimmed.startsWith("p")) {
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

  /**
   * The text {@link #parse} reads back to the same duration, largest units first: {@code 1h30m}.
   */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    long ms = duration.toMillis();
    for (int i = 0; i < UNIT_MS.length; i++) {
      if (ms >= UNIT_MS[i]) {
        text.append(ms / UNIT_MS[i]).append(UNIT_NAMES[i]);
        ms %= UNIT_MS[i];
      }
    }
    return text.toString();
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException(
        "'"
            + text
            + "' is not a duration: use a number with a unit, e.g. 500ms, 45s, 10m, 8h, 1h30m");
  }
}
