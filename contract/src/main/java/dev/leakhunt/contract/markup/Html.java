package dev.leakhunt.contract.markup;

/** Escapes text for HTML and SVG, in element content and in attributes quoted with ' or ". */
public final class Html {
  private Html() {}

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
