package dev.leakhunt.shop.leaks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.checkout.Order;
import dev.leakhunt.shop.checkout.OrderLine;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptRendererTest {
  private final Order order =
      new Order("ord-7", "cart", "key", List.of(new OrderLine(1, "Lamp", 2, 500)), 1000, 0);

  @Test
  void cleanRendererCompilesItsTemplateOnce() {
    ReceiptRenderer renderer =
        new ReceiptRenderer(new LeakSettings(EnumSet.noneOf(LeakScenario.class), 3));

    assertThat(renderer.render(order))
        .isEqualTo("Receipt #1 for order ord-7: 2 units, total 1000 cents");
    assertThat(renderer.render(order)).startsWith("Receipt #2 ");
    assertThat(renderer.compiledTemplates()).isEqualTo(1);
  }

  @Test
  void leakyRendererDefinesAmplifyNewClassesPerRenderingInTemplateClassLoaders() throws Exception {
    ReceiptRenderer renderer =
        new ReceiptRenderer(new LeakSettings(EnumSet.of(LeakScenario.CLASS_PER_REQUEST), 3));

    assertThat(renderer.render(order))
        .isEqualTo("Receipt #1.0 for order ord-7: 2 units, total 1000 cents");
    renderer.render(order);

    assertThat(renderer.compiledTemplates()).isEqualTo(6);
  }

  @Test
  void compiledTemplateClassLivesInItsOwnNamedLoader() throws Exception {
    byte[] bytes;
    try (var in =
        getClass()
            .getClassLoader()
            .getResourceAsStream(
                CompiledReceiptTemplate.class.getName().replace('.', '/') + ".class")) {
      bytes = in.readAllBytes();
    }
    Class<?> first =
        new TemplateClassLoader(getClass().getClassLoader())
            .defineTemplateClass(CompiledReceiptTemplate.class.getName(), bytes);
    Class<?> second =
        new TemplateClassLoader(getClass().getClassLoader())
            .defineTemplateClass(CompiledReceiptTemplate.class.getName(), bytes);

    assertThat(first).isNotSameAs(second).isNotSameAs(CompiledReceiptTemplate.class);
    assertThat(first.getClassLoader().getName()).isEqualTo("TemplateClassLoader");
    assertThat(ReceiptTemplate.class).isAssignableFrom(first);
  }
}
