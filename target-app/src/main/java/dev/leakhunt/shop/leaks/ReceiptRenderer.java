package dev.leakhunt.shop.leaks;

import dev.leakhunt.shop.checkout.Order;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renders an order's receipt through a compiled template, and the {@code class-per-request} bug.
 *
 * <p>Compiling a template defines a class in a fresh {@link TemplateClassLoader}; compiled
 * templates are cached by source. Clean: one fixed source with placeholders, compiled once. The
 * bug: the receipt number and order id are pasted into the template source before compiling instead
 * of being passed in the model, so every rendering compiles (and caches forever) a new class:
 * loaded classes and metaspace grow per request. {@code --leak-amplify N} compiles N template
 * sections per receipt.
 */
public final class ReceiptRenderer {
  /** The receipt template with placeholders; compiled once by the clean shop. */
  public static final String RECEIPT_SOURCE =
      "Receipt #{{receiptNumber}} for order {{orderId}}: {{units}} units, total {{totalCents}} cents";

  private static final String COMPILED_CLASS = CompiledReceiptTemplate.class.getName();

  private final boolean leaky;
  private final int sectionsPerReceipt;
  private final Map<String, ReceiptTemplate> compiledBySource = new ConcurrentHashMap<>();
  private final AtomicLong receiptSequence = new AtomicLong();
  private final byte[] compiledClassBytes;

  /** Creates the renderer for these settings. */
  public ReceiptRenderer(LeakSettings settings) {
    this.leaky = settings.isOn(LeakScenario.CLASS_PER_REQUEST);
    this.sectionsPerReceipt = settings.amplify();
    this.compiledClassBytes = readClassBytes();
  }

  /** Renders the receipt text of an order. */
  public String render(Order order) {
    long receiptNumber = receiptSequence.incrementAndGet();
    Map<String, String> model =
        Map.of(
            "receiptNumber", Long.toString(receiptNumber),
            "orderId", order.id(),
            "units", Integer.toString(order.units()),
            "totalCents", Long.toString(order.totalCents()));
    if (!leaky) {
      return compiled(RECEIPT_SOURCE).render(model);
    }
    List<String> sections = new ArrayList<>(sectionsPerReceipt);
    for (int section = 0; section < sectionsPerReceipt; section++) {
      String inlinedSource =
          RECEIPT_SOURCE
              .replace("{{receiptNumber}}", receiptNumber + "." + section)
              .replace("{{orderId}}", order.id());
      sections.add(compiled(inlinedSource).render(model));
    }
    return sections.get(0);
  }

  /** Number of compiled templates (each its own class and class loader) held. */
  public int compiledTemplates() {
    return compiledBySource.size();
  }

  private ReceiptTemplate compiled(String source) {
    return compiledBySource.computeIfAbsent(source, this::compile);
  }

  private ReceiptTemplate compile(String source) {
    TemplateClassLoader loader = new TemplateClassLoader(ReceiptRenderer.class.getClassLoader());
    try {
      Class<?> compiledClass = loader.defineTemplateClass(COMPILED_CLASS, compiledClassBytes);
      return (ReceiptTemplate) compiledClass.getConstructor(String.class).newInstance(source);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate compiled template " + COMPILED_CLASS, e);
    }
  }

  private static byte[] readClassBytes() {
    String resource = COMPILED_CLASS.replace('.', '/') + ".class";
    try (InputStream in = ReceiptRenderer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("class file " + resource + " missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
