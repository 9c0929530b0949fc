package dev.leakhunt.analyzer.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --tag KEY=VALUE}: names what was tested (a version, a commit, a build), so runs can be
 * compared and a regression bisected.
 *
 * @param key letters, digits, {@code . _ -}; e.g. {@code version}, {@code GIT_COMMIT}
 * @param value anything but a line break; may be empty
 */
record RunTag(String key, String value) {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** Parses {@code KEY=VALUE} for picocli. */
  static final class Converter implements ITypeConverter<RunTag> {
    @Override
    public RunTag convert(String text) {
      int equals = text.indexOf('=');
      if (equals <= 0) {
        throw new TypeConversionException(
            "--tag must be KEY=VALUE, e.g. version=1.4.2 (got '" + text + "')");
      }
      String key = text.substring(0, equals);
      String value = text.substring(equals + 1);
      if (!KEY.matcher(key).matches()) {
        throw new TypeConversionException(
            "--tag KEY must be letters, digits, '.', '_' or '-', at most 64 (got '" + key + "')");
      }
      if (value.contains("\n") || value.contains("\r")) {
        throw new TypeConversionException("--tag VALUE must be one line (got a line break)");
      }
      return new RunTag(key, value);
    }
  }
}
