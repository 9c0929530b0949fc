package dev.leakhunt.soak.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.contract.shop.ReadyLine;
import dev.leakhunt.soak.settings.ShopOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopLauncherTest {
  private static final ShopLauncher LAUNCHER =
      new ShopLauncher(Path.of("java"), Path.of("target-app/target/target-app.jar"));

  @Test
  void cleanShopListensOnLoopbackWithPortsItPicks() {
    List<String> command =
        LAUNCHER.command(new ShopOptions(List.of(), 1, Duration.ofSeconds(90), 200, "256m"));

    assertThat(command)
        .containsExactly(
            "java",
            "-Xms256m",
            "-Xmx256m",
            "-XX:+AlwaysPreTouch",
            "-jar",
            "target-app/target/target-app.jar",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--jmx-port",
            "0",
            "--cart-ttl",
            "1m30s",
            "--orders-kept",
            "200");
  }

  @Test
  void leaksAndTheirAmplifierReachTheShop() {
    List<String> command =
        LAUNCHER.command(
            new ShopOptions(
                List.of("abandoned-carts", "stuck-threads"),
                64,
                Duration.ofSeconds(5),
                50,
                "512m"));

    assertThat(String.join(" ", command))
        .endsWith("--leak abandoned-carts,stuck-threads --leak-amplify 64");
  }

  @Test
  void missingJarIsNamedBeforeAnythingStarts(@TempDir Path dir) {
    ShopLauncher launcher = new ShopLauncher(Path.of("java"), dir.resolve("none.jar"));

    assertThatThrownBy(
            () ->
                launcher.start(
                    new ShopOptions(List.of(), 1, Duration.ofSeconds(5), 50, "64m"),
                    dir.resolve("shop.log"),
                    Duration.ofSeconds(5)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("none.jar")
        .hasMessageContaining("./soak builds everything");
  }

  @Test
  void readyLineGivesTheBoundAddresses() {
    ReadyLine ready =
        ShopLauncher.readyForASoak("READY http=127.0.0.1:40123 jmx=127.0.0.1:40999").orElseThrow();

    assertThat(ready.baseUrl()).isEqualTo("http://127.0.0.1:40123");
    assertThat(ready.jmxAddress()).isEqualTo("127.0.0.1:40999");
  }

  @Test
  void shopWithoutJmxOrOtherOutputIsNotReadyForASoak() {
    assertThat(ShopLauncher.readyForASoak("READY http=127.0.0.1:40123 jmx=off")).isEmpty();
    assertThat(ShopLauncher.readyForASoak("target-app: --port must be 0..65535 (got -1)"))
        .isEmpty();
  }
}
