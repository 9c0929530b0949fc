package dev.leakhunt.shop.leaks;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CheckoutAuditLogTest {
  private final PooledByteBufAllocator allocator = new PooledByteBufAllocator(true);
  private final ByteBuf body = Unpooled.copiedBuffer("{\"cartId\":\"c\"}", StandardCharsets.UTF_8);

  @Test
  void cleanLogReleasesRefusedRecords() {
    CheckoutAuditLog log = new CheckoutAuditLog(LeakSettings.none());
    ByteBuf record = log.open(allocator, body);

    log.refused(record);

    assertThat(record.refCnt()).isZero();
  }

  @Test
  void leakyLogKeepsRefusedRecordsAndTheirDirectMemory() {
    CheckoutAuditLog log =
        new CheckoutAuditLog(new LeakSettings(EnumSet.of(LeakScenario.UNRELEASED_BUFFERS), 2));
    ByteBuf record = log.open(allocator, body);

    log.refused(record);

    assertThat(record.refCnt()).isEqualTo(1);
    assertThat(record.isDirect()).isTrue();
    assertThat(record.capacity()).isEqualTo(2 * CheckoutAuditLog.RECORD_BYTES);
    assertThat(record.readableBytes()).isEqualTo(body.readableBytes());
    record.release(); // the test, unlike the shop, cleans up
  }

  @Test
  void writtenRecordsAreReleasedInEitherMode() {
    CheckoutAuditLog log =
        new CheckoutAuditLog(new LeakSettings(EnumSet.of(LeakScenario.UNRELEASED_BUFFERS), 1));
    ByteBuf record = log.open(allocator, body);

    log.written(record);

    assertThat(record.refCnt()).isZero();
  }
}
