package dev.leakhunt.analyzer.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationFramesTest {
  @Test
  void callerOfTheConstructorIsPreferred() {
    assertThat(
            ApplicationFrames.of(
                List.of(
                    "java.util.HashMap.newNode:1",
                    "shop.Cart.<init>:12",
                    "shop.CartService.create:40",
                    "io.netty.Handler.read:9")))
        .isEqualTo("shop.CartService.create:40");
  }

  @Test
  void constructorIsKeptWhenNoApplicationCallerFollows() {
    assertThat(ApplicationFrames.of(List.of("shop.Cart.<init>:12", "java.lang.Thread.run:840")))
        .isEqualTo("shop.Cart.<init>:12");
  }

  @Test
  void threadStackFramesAreReadToo() {
    assertThat(
            ApplicationFrames.of(
                List.of(
                    "jdk.internal.misc.Unsafe.park(Native Method)",
                    "java.util.concurrent.CountDownLatch.await(CountDownLatch.java:230)",
                    "shop.Mailer.send(Mailer.java:20)")))
        .isEqualTo("shop.Mailer.send(Mailer.java:20)");
  }

  @Test
  void onlyJdkFramesGiveNone() {
    assertThat(ApplicationFrames.of(List.of("java.lang.Thread.run:840"))).isNull();
  }
}
