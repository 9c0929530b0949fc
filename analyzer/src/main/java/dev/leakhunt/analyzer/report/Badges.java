package dev.leakhunt.analyzer.report;

import dev.leakhunt.contract.markup.Html;
import java.util.Locale;

/**
 * The outcome badges every page shows ({@code PASS}, {@code FAIL}, {@code INCONCLUSIVE}), coloured
 * by the pages' stylesheets through the class named after the outcome.
 */
final class Badges {
  private Badges() {}

  /** A badge in a table row. */
  static String of(String outcome) {
    return "<span class=\"badge " + cssClass(outcome) + "\">" + Html.escape(outcome) + "</span>";
  }

  /** The large badge in a page's header. */
  static String big(String outcome) {
    return "<span class=\"badge big "
        + cssClass(outcome)
        + "\">"
        + Html.escape(outcome)
        + "</span>";
  }

  private static String cssClass(String outcome) {
    return outcome.toLowerCase(Locale.ROOT);
  }
}
