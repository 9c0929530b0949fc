package dev.leakhunt.analyzer.sampler.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.DiagnosisAssembler;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectKind;
import dev.leakhunt.analyzer.diagnosis.model.SuspectSummary;
import dev.leakhunt.analyzer.diagnosis.rank.SuspectCriteria;
import dev.leakhunt.testkit.ShopJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's acceptance against the real shop over real JMX: each leak scenario, driven by bounded
 * traffic, is named with a frame in the shop's code; the clean shop gets no suspect even when every
 * resource is said to fail.
 */
class ShopDiagnosisIT {
  private static final Set<String> EVERY_RESOURCE_FAILS =
      Set.of("heap.live", "threads.live", "metaspace.used", "buffer.direct.used");
  private static final String SHOP = "dev.leakhunt.shop.";
  private static final long CART_LIFETIME_MS = 2_700;

  @TempDir Path outDir;

  @Test
  void abandonedCartsNameCartAmongTopThreeWithAShopFrame() throws Exception {
    Diagnosis d =
        diagnose(t -> t.abandonCarts(3_000), "--leak", "abandoned-carts", "--leak-amplify", "4");
    Suspect cart = heapSuspectInTopThree(d, SHOP + "cart.Cart");
    assertThat(cart.applicationFrame()).startsWith(SHOP);
    // JFR samples the Cart or its guest session byte[]: either path runs through the cart store.
    assertThat(cart.referencePath())
        .contains("ConcurrentHashMap$Node.val")
        .contains("CartStore.cartsById");
    // A cart deep in a hash bucket's chain is in the same group as one at its head.
    assertThat(d.oldObjectGroups()).noneMatch(g -> g.referencePath().contains("$Node.next"));
    assertThat(cart.growthPerHour()).isPositive();
  }

  @Test
  void recentlyViewedNamesItsEntryAmongTopThreeWithAShopFrame() throws Exception {
    Diagnosis d =
        diagnose(t -> t.viewProducts(2_000), "--leak", "recently-viewed", "--leak-amplify", "4");
    Suspect entry = heapSuspectInTopThree(d, SHOP + "leaks.RecentlyViewedEntry");
    assertThat(entry.applicationFrame()).startsWith(SHOP);
    assertThat(entry.referencePath()).endsWith("static RecentlyViewedTracker.VIEWS_BY_VISITOR");
    assertThat(entry.gcRoot()).isEqualTo("static field RecentlyViewedTracker.VIEWS_BY_VISITOR");
  }

  @Test
  void stuckThreadsNameTheThreadGroupAndItsStack() throws Exception {
    Diagnosis d =
        diagnose(t -> t.placeOrders(60), "--leak", "stuck-threads", "--leak-amplify", "2");
    Suspect threads = firstOfKind(d, SuspectKind.THREAD_GROUP);
    assertThat(threads.name()).isEqualTo("order-confirmation-#");
    // The line that starts them (jdk.ThreadStart's stack), not the one they wait in.
    assertThat(threads.applicationFrame())
        .startsWith(SHOP + "leaks.OrderConfirmationSender.accept:");
    assertThat(SuspectSummary.sentence(List.of(threads)))
        .contains("(started at " + SHOP + "leaks.OrderConfirmationSender.accept:");
    assertThat(d.threadGroups().get(0).countGrowth()).isEqualTo(120);
  }

  @Test
  void classPerRequestNamesTheTemplateClassLoader() throws Exception {
    Diagnosis d =
        diagnose(t -> t.placeOrders(100), "--leak", "class-per-request", "--leak-amplify", "2");
    Suspect loader = firstOfKind(d, SuspectKind.CLASS_LOADER);
    assertThat(loader.name()).isEqualTo(SHOP + "leaks.TemplateClassLoader");
    assertThat(d.classLoaders().get(0).loadersGrowth()).isEqualTo(200);
  }

  @Test
  void cleanShopNamesNoSuspect() throws Exception {
    Diagnosis d =
        diagnose(
            t -> {
              t.viewProducts(1_000);
              t.abandonCarts(300);
              t.placeOrders(100);
            });
    assertThat(d.suspects()).isEmpty();
    // Every part ran; the only note says the (pretended) heap failure had no culprit.
    assertThat(d.notes())
        .containsExactly(
            "heap.live failed but no class grew enough to be named (at least 1.00 MiB, or 1000"
                + " instances of an application class, between the histograms)");
    assertThat(d.histograms()).hasSize(2);
    assertThat(d.jfrFile()).isEqualTo(DiagnosisCollector.JFR_FILE);
  }

  private Diagnosis diagnose(Journeys journeys, String... shopArguments) throws Exception {
    try (ShopJvm shop = TestShop.start(shopArguments);
        ShopTraffic traffic = new ShopTraffic(shop.baseUrl())) {
      // Warm-up: every code path once, so lazily loaded classes and JIT are behind us.
      traffic.viewProducts(100);
      traffic.placeOrders(20);
      traffic.abandonCarts(20);
      // Carts live at most TTL + TTL/4 = 2.5 s: past it, the clean shop has evicted them.
      Thread.sleep(CART_LIFETIME_MS);
      DiagnosisCollector collector =
          new DiagnosisCollector(shop.connection(), DiagnosisOptions.defaults());
      collector.atWarmupEnd();
      journeys.run(traffic);
      Thread.sleep(CART_LIFETIME_MS);
      return new DiagnosisAssembler(SuspectCriteria.defaults())
          .assemble(collector.atRunEnd(outDir), EVERY_RESOURCE_FAILS);
    }
  }

  private static Suspect heapSuspectInTopThree(Diagnosis d, String className) {
    List<Suspect> top3 =
        d.suspects().stream().filter(s -> s.kind() == SuspectKind.HEAP_CLASS).limit(3).toList();
    assertThat(top3).extracting(Suspect::name).contains(className);
    return top3.stream().filter(s -> s.name().equals(className)).findFirst().orElseThrow();
  }

  private static Suspect firstOfKind(Diagnosis d, SuspectKind kind) {
    return d.suspects().stream()
        .filter(s -> s.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " suspect in " + d));
  }

  @FunctionalInterface
  private interface Journeys {
    void run(ShopTraffic traffic) throws Exception;
  }
}
