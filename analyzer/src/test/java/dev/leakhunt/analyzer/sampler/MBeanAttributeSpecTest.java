package dev.leakhunt.analyzer.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MBeanAttributeSpecTest {
  @Test
  void objectNameAttributeAndCapacityParseToACanonicalResourceId() {
    MBeanAttributeSpec spec =
        MBeanAttributeSpec.parse("dev.leakhunt.shop:type=Latency,endpoint=cart#TotalCount=5000");

    assertThat(spec.attribute()).isEqualTo("TotalCount");
    assertThat(spec.capacity()).isEqualTo(5000.0);
    assertThat(spec.resource())
        .isEqualTo("mbean:dev.leakhunt.shop:endpoint=cart,type=Latency#TotalCount");
  }

  @Test
  void withoutCapacityTheCapacityIsUnknown() {
    assertThat(
            MBeanAttributeSpec.parse("java.lang:type=Memory#ObjectPendingFinalizationCount")
                .capacity())
        .isNaN();
  }

  @Test
  void missingAttributeIsRefusedWithTheRule() {
    assertThatThrownBy(() -> MBeanAttributeSpec.parse("java.lang:type=Memory"))
        .hasMessage(
            "--mbean must be ObjectName#Attribute[=capacity] (got 'java.lang:type=Memory')");
  }

  @Test
  void hostPortBecomesTheConventionalRmiUrl() {
    assertThat(TargetConnector.toUrl("127.0.0.1:9010"))
        .isEqualTo("service:jmx:rmi:///jndi/rmi://127.0.0.1:9010/jmxrmi");
    assertThat(TargetConnector.toUrl("service:jmx:rmi:///jndi/rmi://h:1/x"))
        .isEqualTo("service:jmx:rmi:///jndi/rmi://h:1/x");
  }
}
