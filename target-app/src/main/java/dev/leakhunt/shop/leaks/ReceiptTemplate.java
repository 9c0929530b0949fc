package dev.leakhunt.shop.leaks;

import java.util.Map;

/** A compiled receipt template: fills {@code {{name}}} placeholders from a model. */
public interface ReceiptTemplate {
  /** Renders the template with the model's values substituted for its placeholders. */
  String render(Map<String, String> model);
}
