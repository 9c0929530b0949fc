package dev.leakhunt.analyzer.report;

import dev.leakhunt.contract.markup.Html;

/** Links between the pages of a run folder, e.g. from a combined page to a target's own. */
final class PageLinks {
  private PageLinks() {}

  /** A link whose text is its address, relative to the page it stands on. */
  static String to(String relativePath) {
    String escaped = Html.escape(relativePath);
    return "<a href=\"" + escaped + "\">" + escaped + "</a>";
  }
}
