package dev.leakhunt.analyzer.diagnosis.model;

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

  @Test
  void unnamedPackageFramesAreTheApplications() {
    assertThat(
            ApplicationFrames.of(
                List.of(
                    "Workload$Record.<init>:12",
                    "Workload.retainBytes:88",
                    "java.lang.Thread.run:840")))
        .isEqualTo("Workload.retainBytes:88");
  }

  @Test
  void generatedLambdaAndProxyFramesAreSkipped() {
    assertThat(
            ApplicationFrames.of(
                List.of(
                    "Workload$$Lambda$116+0x00007f1f4c0c3000.1427810650.run",
                    "jdk.proxy2.$Proxy12.handle",
                    "shop.Orders$$Lambda$7/0x0000000800c0a000.apply:-1",
                    "shop.Orders.lambda$place$0:31",
                    "java.util.concurrent.ThreadPoolExecutor.runWorker:1136")))
        .isEqualTo("shop.Orders.lambda$place$0:31");
    assertThat(
            ApplicationFrames.of(
                List.of(
                    "Workload$$Lambda$116+0x00007f1f4c0c3000.1427810650.run",
                    "java.lang.Thread.run:840")))
        .isNull();
  }
}
