package dev.leakhunt.analyzer.diagnosis.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationCodeTest {
  /** A class defined for a script, as JFR recorded it in the corpus's GroovyScripts run (cut). */
  private static final List<String> GROOVY_DEFINITION =
      List.of(
          "java.lang.ClassLoader.defineClass1",
          "java.lang.ClassLoader.defineClass:1017",
          "groovy.lang.GroovyClassLoader.access$400:90",
          "groovy.lang.GroovyClassLoader$ClassCollector.createClass:682",
          "org.codehaus.groovy.control.CompilationUnit.compile:675",
          "groovy.lang.GroovyShell.parseClass:627",
          "groovy.lang.GroovyShell.evaluate:489",
          "GroovyScripts.evaluate:26",
          "GroovyScripts$$Lambda$41+0x0000000801050a00.1644443712.run",
          "corpus.Harness.lambda$every$2:120");

  @Test
  void namesTheApplicationsCallIntoALibraryNotTheLibrarysFrame() {
    ApplicationCode code = ApplicationCode.ofMainClass("GroovyScripts");
    assertThat(code.frame(GROOVY_DEFINITION)).isEqualTo("GroovyScripts.evaluate:26");
    assertThat(ApplicationCode.UNKNOWN.frame(GROOVY_DEFINITION))
        .isEqualTo("groovy.lang.GroovyClassLoader.access$400:90");
  }

  @Test
  void aNamedPackageCoversItsSubpackagesOnly() {
    ApplicationCode code = ApplicationCode.ofMainClass("dev.acme.shop.ShopMain");
    assertThat(code.packages()).containsExactly("dev.acme.shop");
    List<String> stack =
        List.of(
            "io.netty.buffer.PooledByteBufAllocator.newDirectBuffer:400",
            "dev.acme.shopping.Lookalike.call:3",
            "dev.acme.shop.cart.CartStore.add:41",
            "dev.acme.shop.ShopMain.main:12");
    assertThat(code.frame(stack)).isEqualTo("dev.acme.shop.cart.CartStore.add:41");
  }

  @Test
  void withoutAFrameOfTheApplicationTheFirstOutsideTheJdkIsNamed() {
    ApplicationCode code = ApplicationCode.ofMainClass("dev.acme.shop.ShopMain");
    List<String> stack =
        List.of(
            "java.util.ArrayList.grow:237",
            "io.netty.util.Recycler.get:180",
            "java.lang.Thread.run:833");
    assertThat(code.frame(stack)).isEqualTo("io.netty.util.Recycler.get:180");
    assertThat(ApplicationCode.ofMainClass(null)).isEqualTo(ApplicationCode.UNKNOWN);
  }

  @Test
  void aStoredStackIsCutButKeepsTheNamedFrame() {
    List<String> deep = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      deep.add("org.lib.Deep.call:" + i);
    }
    deep.add("dev.acme.App.handle:7");
    deep.add("java.lang.Thread.run:833");
    ApplicationCode code = ApplicationCode.ofMainClass("dev.acme.App");
    assertThat(code.shown(deep, 12)).hasSize(31).endsWith("dev.acme.App.handle:7");
    assertThat(ApplicationCode.UNKNOWN.shown(deep, 12)).hasSize(12);
    assertThat(code.shown(deep.subList(29, 32), 12)).hasSize(3);
  }
}
