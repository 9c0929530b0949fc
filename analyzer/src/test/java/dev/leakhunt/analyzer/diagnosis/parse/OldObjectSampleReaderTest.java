package dev.leakhunt.analyzer.diagnosis.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.analyzer.diagnosis.RealOutputs;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OldObjectSampleReaderTest {
  private static final String PKG = "dev.leakhunt.analyzer.sampler.diagnosis.";

  @Test
  void realRecordingGroupsSamplesByPathToTheStaticField() {
    List<OldObjectGroup> groups = RealOutputs.oldObjectGroups();
    assertThat(groups).extracting(OldObjectGroup::sampleCount).containsExactly(130, 1);
    OldObjectGroup payloads = groups.get(0);
    assertThat(payloads.objectType()).isEqualTo("byte[]");
    assertThat(payloads.referencePath())
        .isEqualTo(
            "byte[] <- LeakedOrder.payload <- Object[] <- ArrayList.elementData"
                + " <- static LeakyProgram.RETAINED_ORDERS");
    assertThat(payloads.gcRoot()).isEqualTo("static field LeakyProgram.RETAINED_ORDERS");
    assertThat(payloads.allocationStack())
        .containsExactly(
            PKG + "LeakedOrder.<init>:10",
            PKG + "OrderFactory.newOrder:8",
            PKG + "LeakyProgram.leakOrders:50",
            PKG + "LeakyProgram.main:37");
    assertThat(payloads.applicationFrame()).isEqualTo(PKG + "OrderFactory.newOrder:8");
  }

  @Test
  void arrayGrowthGroupShowsTheApplicationFrameBelowTheJdkFrames() {
    OldObjectGroup backingArray = RealOutputs.oldObjectGroups().get(1);
    assertThat(backingArray.referencePath())
        .isEqualTo("Object[] <- ArrayList.elementData <- static LeakyProgram.RETAINED_ORDERS");
    assertThat(backingArray.allocationStack()).first().isEqualTo("java.util.Arrays.copyOf:3512");
    assertThat(backingArray.applicationFrame()).isEqualTo(PKG + "LeakyProgram.leakOrders:50");
  }

  @Test
  void aFileThatIsNotARecordingIsAnIoError(@TempDir Path dir) throws IOException {
    Path notJfr = Files.writeString(dir.resolve("x.jfr"), "not a recording");
    assertThatThrownBy(() -> OldObjectSampleReader.read(notJfr, ApplicationCode.UNKNOWN))
        .isInstanceOf(IOException.class);
  }
}
