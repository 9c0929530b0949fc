package dev.leakhunt.analyzer.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JvmClassNamesTest {
  @Test
  void arrayDescriptorsBecomeSourceNames() {
    assertThat(JvmClassNames.toSourceName("[B")).isEqualTo("byte[]");
    assertThat(JvmClassNames.toSourceName("[[I")).isEqualTo("int[][]");
    assertThat(JvmClassNames.toSourceName("[Ljava.util.HashMap$Node;"))
        .isEqualTo("java.util.HashMap$Node[]");
    assertThat(JvmClassNames.toSourceName("com.example.Cart")).isEqualTo("com.example.Cart");
  }

  @Test
  void platformClassesAreTheJdksAndPrimitiveArrays() {
    assertThat(JvmClassNames.isPlatformClass("byte[]")).isTrue();
    assertThat(JvmClassNames.isPlatformClass("java.util.HashMap$Node[]")).isTrue();
    assertThat(JvmClassNames.isPlatformClass("jdk.internal.reflect.DelegatingClassLoader"))
        .isTrue();
    assertThat(JvmClassNames.isPlatformClass("<boot class loader>")).isTrue();
    assertThat(JvmClassNames.isPlatformClass("dev.leakhunt.shop.cart.Cart")).isFalse();
    assertThat(JvmClassNames.isPlatformClass("dev.leakhunt.shop.cart.Cart[]")).isFalse();
    assertThat(JvmClassNames.isPlatformClass("io.netty.buffer.PoolChunk")).isFalse();
  }

  @Test
  void simpleNameKeepsNestingAndArrays() {
    assertThat(JvmClassNames.simpleName("java.util.HashMap$Node[]")).isEqualTo("HashMap$Node[]");
    assertThat(JvmClassNames.simpleName("byte[]")).isEqualTo("byte[]");
  }
}
