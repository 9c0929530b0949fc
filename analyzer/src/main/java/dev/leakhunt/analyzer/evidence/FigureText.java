package dev.leakhunt.analyzer.evidence;

import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.run.Units;
import java.util.Locale;

/** Formats key figures the same way in comparison lines, pages and JUnit messages. */
public final class FigureText {
  private FigureText() {}

  /** An amount of the figure's unit, e.g. {@code +12.3 MiB/h}, {@code 21.4 ms}, {@code 0.50 %}. */
  public static String amount(KeyFigure figure, double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return switch (figure.unit()) {
      case "bytes/h", "count/h" -> Figures.ratePerHour(value, figure.amountUnit());
      case Units.BYTES -> Figures.amount(value, Units.BYTES);
      case "ms" -> String.format(Locale.ROOT, value >= 100 ? "%.0f ms" : "%.2f ms", value);
      case "%" -> String.format(Locale.ROOT, "%.2f %%", value);
      default -> Figures.amount(value, figure.unit());
    };
  }

  /** A signed difference in the figure's unit, e.g. {@code +700.1 MiB/h}, {@code +20.31 ms}. */
  public static String difference(KeyFigure figure, double difference) {
    String text = amount(figure, difference);
    return difference >= 0 && !text.startsWith("+") ? "+" + text : text;
  }

  /** The value with its interval: {@code +12.3 MiB/h (10.1 to 14.2)}. */
  public static String withInterval(KeyFigure figure) {
    if (figure == null) {
      return "n/a";
    }
    String value = amount(figure, figure.value());
    if (!figure.hasInterval()) {
      return value;
    }
    return value
        + " ("
        + amount(figure, figure.lower())
        + " to "
        + amount(figure, figure.upper())
        + ")";
  }
}
