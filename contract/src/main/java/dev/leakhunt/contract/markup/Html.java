package dev.leakhunt.contract.markup;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes text for HTML and SVG, in element content and in attributes quoted with ' or ", and
 * writes the one head every page of a run folder shares and fills a page template.
 */
public final class Html {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

  private Html() {}

  /**
   * The template with each {@code {{name}}} replaced by its value, in one pass: a value is never
   * read as a template, so a target named {@code {{charts}}} stays that text.
   *
   * @param values each placeholder's name and its markup, escaped by the caller where it is text
   * @throws IllegalArgumentException when the template names a placeholder without a value
   */
  public static String fill(String template, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() * 2);
    while (placeholder.find()) {
      String value = values.get(placeholder.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for " + placeholder.group());
      }
      placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return placeholder.appendTail(out).toString();
  }

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
