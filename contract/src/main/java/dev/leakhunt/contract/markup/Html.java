package dev.leakhunt.contract.markup;

/**
 * Escapes text for HTML and SVG, in element content and in attributes quoted with ' or ", and
 * writes the one head every page of a run folder shares.
 */
public final class Html {
  private Html() {}

  /**
   * A page from its doctype to its opening {@code <body>}: English, UTF-8, a viewport for phones,
   * {@code title} (escaped here) and one stylesheet beside the page. Pages carry no inline style or
   * script, so they render the same where a Content-Security-Policy forbids both (Jenkins).
   */
  public static String pageStart(String title, String stylesheet) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title)
        + "</title>\n<link rel=\"stylesheet\" href=\""
        + escape(stylesheet)
        + "\">\n</head>\n<body>\n";
  }

  /** {@code text} with {@code < > & " '} escaped; the empty string for null. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
