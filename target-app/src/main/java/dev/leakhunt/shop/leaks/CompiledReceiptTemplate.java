package dev.leakhunt.shop.leaks;

import java.util.Map;

/**
 * The class a template "compiles" to. {@link ReceiptRenderer} defines it anew, from this class's
 * own bytes, in a fresh {@link TemplateClassLoader} for every template source it compiles, as a
 * template or script engine does with generated classes.
 */
public final class CompiledReceiptTemplate implements ReceiptTemplate {
  private final String source;

  /** Compiles a template source. */
  public CompiledReceiptTemplate(String source) {
    this.source = source;
  }

  @Override
  public String render(Map<String, String> model) {
    String rendered = source;
    for (Map.Entry<String, String> value : model.entrySet()) {
      rendered = rendered.replace("{{" + value.getKey() + "}}", value.getValue());
    }
    return rendered;
  }
}
