package dev.leakhunt.analyzer.diagnosis.model;

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

  @Test
  void classesOfTheUnnamedPackageAreTheApplicationsPrimitivesAreNot() {
    assertThat(JvmClassNames.isPlatformClass("Workload$Record")).isFalse();
    assertThat(JvmClassNames.isPlatformClass("Workload$Record[]")).isFalse();
    assertThat(JvmClassNames.isPlatformClass("Workload")).isFalse();
    assertThat(JvmClassNames.isPlatformClass("int[][]")).isTrue();
    assertThat(JvmClassNames.isPlatformClass("boolean")).isTrue();
  }

  @Test
  void generatedNamesLoseTheirAddressesAndLambdaNumbers() {
    assertThat(JvmClassNames.stableName("Workload$$Lambda$116+0x00007f1f4c0c3000.1427810650"))
        .isEqualTo("Workload$$Lambda");
    assertThat(JvmClassNames.stableName("Workload$$Lambda$1/0x00007f20f8000a08"))
        .isEqualTo("Workload$$Lambda");
    assertThat(JvmClassNames.stableName("Hidden+0x00007f20f800d800.1390112613"))
        .isEqualTo("Hidden");
    assertThat(JvmClassNames.stableName("com.shop.Cart")).isEqualTo("com.shop.Cart");
  }

  @Test
  void lambdasHiddenClassesProxiesAndAccessorsAreGenerated() {
    assertThat(JvmClassNames.isGenerated("Workload$$Lambda$116+0x00007f1f4c0c3000.1427810650"))
        .isTrue();
    assertThat(JvmClassNames.isGenerated("Workload$$Lambda")).isTrue();
    assertThat(JvmClassNames.isGenerated("Hidden/0x0000000800c0a000")).isTrue();
    assertThat(JvmClassNames.isGenerated("jdk.proxy2.$Proxy12")).isTrue();
    assertThat(JvmClassNames.isGenerated("com.shop.Cart$$EnhancerBySpringCGLIB$$1a2b")).isTrue();
    assertThat(JvmClassNames.isGenerated("jdk.internal.reflect.GeneratedMethodAccessor7")).isTrue();
    assertThat(JvmClassNames.isGenerated("com.shop.Cart")).isFalse();
    assertThat(JvmClassNames.isGenerated("Workload$Record")).isFalse();
  }
}
