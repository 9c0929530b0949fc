package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.sampler.MBeanAttributeSpec;
import dev.leakhunt.analyzer.verdict.ThresholdOverride;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses {@code RESOURCE=minSlopePerHour[,fractionPerHour]}, e.g. {@code heap.live=32MiB,5%} or
 * {@code threads.live=20}. Sizes take KiB/MiB/GiB (or KB/MB/GB, also 1024-based); the fraction is a
 * number in (0, 1] or a percentage. Without a fraction only the absolute limit applies.
 */
public final class ThresholdConverter implements ITypeConverter<ThresholdOverride> {
  private static final String RULE =
      "--threshold must be RESOURCE=minSlopePerHour[,fractionPerHour], e.g. heap.live=32MiB,5%";

  @Override
  public ThresholdOverride convert(String text) {
    // MBean ids hold '=' themselves (type=...): the limits follow the last one.
    int equals = text.lastIndexOf('=');
    if (equals <= 0 || equals == text.length() - 1) {
      throw new TypeConversionException(RULE + " (got '" + text + "')");
    }
    String resource = canonical(text.substring(0, equals));
    String[] limits = text.substring(equals + 1).split(",", -1);
    if (limits.length > 2) {
      throw new TypeConversionException(RULE + " (got '" + text + "')");
    }
    double minSlope = amount(limits[0], text);
    if (!(minSlope > 0)) {
      throw new TypeConversionException(
          "--threshold minSlopePerHour must be positive (got '"
              + limits[0]
              + "' in '"
              + text
              + "')");
    }
    double fraction = limits.length == 2 ? fraction(limits[1], text) : Double.NaN;
    return new ThresholdOverride(resource, minSlope, fraction);
  }

  /** MBean ids name the ObjectName canonically (keys sorted), as the sampler records them. */
  private static String canonical(String resource) {
    if (!resource.startsWith("mbean:") || resource.indexOf('#') < 0) {
      return resource;
    }
    try {
      return MBeanAttributeSpec.parse(resource.substring("mbean:".length())).resource();
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage().replace("--mbean", "--threshold"));
    }
  }

  private static double amount(String text, String whole) {
    String upper = text.strip().toUpperCase(Locale.ROOT);
    double scale = 1;
    String[][] suffixes = {
      {"KIB", "1024"},
      {"MIB", "1048576"},
      {"GIB", "1073741824"},
      {"KB", "1024"},
      {"MB", "1048576"},
      {"GB", "1073741824"},
      {"B", "1"}
    };
    for (String[] suffix : suffixes) {
      if (upper.endsWith(suffix[0])) {
        scale = Double.parseDouble(suffix[1]);
        upper = upper.substring(0, upper.length() - suffix[0].length()).strip();
        break;
      }
    }
    try {
      return Double.parseDouble(upper) * scale;
    } catch (NumberFormatException e) {
      throw new TypeConversionException(RULE + " (got '" + whole + "')");
    }
  }

  private static double fraction(String text, String whole) {
    String trimmed = text.strip();
    try {
      double value =
          trimmed.endsWith("%")
              ? Double.parseDouble(trimmed.substring(0, trimmed.length() - 1)) / 100
              : Double.parseDouble(trimmed);
      if (!(value > 0 && value <= 1)) {
        throw new TypeConversionException(
            "--threshold fractionPerHour must lie in (0, 1] or (0%, 100%] (got '"
                + trimmed
                + "' in '"
                + whole
                + "')");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new TypeConversionException(RULE + " (got '" + whole + "')");
    }
  }
}
